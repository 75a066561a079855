// Lists every token of the local server's instance with Losant's official JavaScript client
// (npm losant-rest), page after page as its users do, and prints how many it got.
// Run by scripts/bench-official-client.sh, which starts the server and installs the package.
'use strict';
const losant = require('losant-rest');

async function main() {
  const perPage = Number(process.argv[2] || 100);
  const env = process.env;
  const client = losant.createClient({ url: env.LOSANT_URL, accessToken: env.LOSANT_ACCESS_TOKEN });
  const instanceId = env.LOSANT_INSTANCE_ID;
  let count = 0;
  for (let page = 0; ; page++) {
    const answer = await client.instanceApiTokens.get({ instanceId, page, perPage });
    count += answer.items.length;
    if (answer.items.length === 0 || (page + 1) * perPage >= answer.totalCount) break;
  }
  console.log(count);
}

main().catch((error) => {
  console.error(error.message || error);
  process.exit(1);
});
