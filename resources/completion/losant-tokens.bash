# Bash completion for losant-tokens: its subcommands, their options and the values they take.
# tests/tst_cli_completion.cpp checks the options against each subcommand's --help.

_losant_tokens()
{
    local cur=${COMP_WORDS[COMP_CWORD]}
    local prev=${COMP_WORDS[COMP_CWORD - 1]}
    local subcommands="list get create update activate deactivate delete export findings help"
    local connection="--profile --url --instance --application --my-tokens --token-file"
    local common="$connection --help --help-all"
    local body="--name --description --status --default-role --org-role --from-json"
    local sub="" i
    for ((i = 1; i < COMP_CWORD; i++)); do
        case " $subcommands " in
            *" ${COMP_WORDS[i]} "*) sub=${COMP_WORDS[i]}; break ;;
        esac
    done

    local values=""
    case $prev in
        --token-file | --output | --secret-file | --from-json | --screenshot)
            mapfile -t COMPREPLY < <(compgen -f -- "$cur")
            return ;;
        --status) values="active inactive" ;;
        --fail-on) values="high medium low" ;;
        --screenshot-of) values="main create created connections" ;;
        --default-role) values="admin edit collaborate view none" ;;
        --sort)
            values="name status id creationDate lastUpdated expirationDate"
            values="$values name:desc status:desc id:desc creationDate:desc lastUpdated:desc"
            values="$values expirationDate:desc" ;;
        --format)
            case $sub in
                list) values="table json csv" ;;
                export) values="csv json" ;;
                create) values="text json" ;;
                *) values="table json" ;;
            esac ;;
        --profile | --url | --instance | --application | --filter | --page | --per-page | \
            --name | --description | --expires | --scope | --org-role | --port | --tokens | \
            --fault)
            return ;;
    esac
    if [[ -n $values ]]; then
        mapfile -t COMPREPLY < <(compgen -W "$values" -- "$cur")
        return
    fi

    local words
    case $sub in
        "")
            if [[ $COMP_CWORD -eq 1 && $cur != -* ]]; then
                words=$subcommands
            else
                words="--demo --serve --port --tokens --screenshot --screenshot-of --fault --version $common"
            fi ;;
        help) [[ $COMP_CWORD -eq 2 ]] && words=$subcommands ;;
        list) words="--all --filter --status --sort --page --per-page --format $common" ;;
        get) words="--format $common" ;;
        create)
            words="$body --expires --scope --read-only --all-scopes --secret-file --format $common" ;;
        update) words="$body --format $common" ;;
        activate) words=$common ;;
        deactivate | delete) words="--yes $common" ;;
        export) words="--format --output --filter --status --sort $common" ;;
        findings) words="--format --fail-on $common" ;;
    esac
    mapfile -t COMPREPLY < <(compgen -W "$words" -- "$cur")
}
complete -F _losant_tokens losant-tokens
