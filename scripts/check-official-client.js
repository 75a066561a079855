// Calls the local server's token endpoints of every kind and the instance audit log through
// Losant's official JavaScript client (npm losant-rest) and validates each answer against the
// schemas in docs/schemas.
// Run by scripts/check-official-client.sh, which starts the server and installs the packages.
'use strict';
const path = require('path');
const Ajv = require('ajv');
const losant = require('losant-rest');

const schemaDir = process.argv[2];
const env = process.env;
const ajv = new Ajv({ allErrors: true });
const load = (name) => JSON.parse(JSON.stringify(require(path.join(schemaDir, name + '.json'))));
const schema = (name) => ajv.compile(load(name));
// instanceAuditLogs.json as published points its items at a definition it lacks
// (docs/schemas/README.md): the list is checked without it, each item as an instanceAuditLog.
const auditListSchema = load('instanceAuditLogs');
auditListSchema.properties.items.items = {};
const schemas = {
  list: schema('apiTokens'),
  token: schema('apiToken'),
  success: schema('success'),
  error: schema('error'),
  auditEntry: schema('instanceAuditLog'),
  auditList: ajv.compile(auditListSchema),
};
let failures = 0;

function check(what, kind, answer, extra) {
  const valid = schemas[kind](answer);
  const problem = !valid ? ajv.errorsText(schemas[kind].errors) : extra ? extra(answer) : '';
  if (problem) {
    failures++;
    console.log(`FAIL ${what}: ${problem}`);
  } else {
    console.log(`ok   ${what} (${kind})`);
  }
}

// An error answer as the client reports it: the body's fields on the Error, and the status.
async function expectError(what, status, call) {
  try {
    await call();
    failures++;
    console.log(`FAIL ${what}: answered, expected ${status}`);
  } catch (err) {
    const body = { type: err.type, message: err.message };
    check(what, 'error', body, () => (err.statusCode === status ? '' : `status ${err.statusCode}`));
  }
}

async function kind(name, client, collection, single, ids, fullBody) {
  const list = await client[collection].get({
    ...ids, sortField: 'creationDate', sortDirection: 'desc', page: 0, perPage: 5,
    filterField: 'name', filter: '*',
  });
  check(`${collection}.get`, 'list', list, (a) => (a.items.length === 5 ? '' : 'not 5 items'));
  const owner = list.items[0];
  const ownerProblem = (t) =>
    name === 'instance' ? (t.ownerType === undefined ? '' : 'ownerType on an instance token')
      : t.ownerType === name ? '' : `ownerType ${t.ownerType}`;
  check(`${collection}.get items' owner`, 'token', owner, ownerProblem);

  const created = await client[collection].post({ ...ids, apiToken: fullBody });
  check(`${collection}.post`, 'token', created, (t) => (t.token ? '' : 'no secret in the 201'));
  const one = { ...ids, apiTokenId: created.id };
  check(`${single}.get`, 'token', await client[single].get(one),
    (t) => (t.token === undefined ? '' : 'secret returned again'));
  check(`${single}.patch`, 'token',
    await client[single].patch({ ...one, apiToken: { name: 'renamed', status: 'inactive' } }),
    (t) => (t.name === 'renamed' && t.status === 'inactive' ? '' : 'not patched'));
  check(`${single}.delete`, 'success', await client[single].delete(one));
  await expectError(`${single}.get after delete`, 404, () => client[single].get(one));
}

// The client's instanceAuditLogs.get / instanceAuditLog.get; a losant-rest without them gets the
// request their generated code makes (the same as its org auditLogs.get: the three _ parameters,
// then the call's own in this order, serialised by the client's own qs).
function auditCalls(client) {
  if (client.instanceAuditLogs && client.instanceAuditLog) {
    return { list: (p) => client.instanceAuditLogs.get(p), one: (p) => client.instanceAuditLog.get(p),
      how: 'the client\'s own instanceAuditLogs / instanceAuditLog' };
  }
  const names = ['sortField', 'sortDirection', 'page', 'perPage', 'start', 'end', 'auditLogFilter'];
  const hal = () => ({ _actions: false, _links: true, _embedded: true });
  return {
    list: (p) => {
      const params = hal();
      names.forEach((n) => { if (p[n] !== undefined) params[n] = p[n]; });
      return client.request({ method: 'GET', headers: {}, params,
        url: `/instance/${encodeURIComponent(p.instanceId)}/audit-logs` });
    },
    one: (p) => client.request({ method: 'GET', headers: {}, params: hal(),
      url: `/instance/${encodeURIComponent(p.instanceId)}/audit-logs/${encodeURIComponent(p.instanceAuditLogId)}` }),
    how: 'client.request (this losant-rest has no instanceAuditLogs)',
  };
}

// The audit log after the instance token calls above: the deletes they made are there, filtered
// as asked, and each entry is served alone.
async function auditLog(client, asApp) {
  const audit = auditCalls(client);
  console.log(`audit log through ${audit.how}`);
  const instanceId = env.LOSANT_INSTANCE_ID;
  const filter = { primaryTarget: [{ type: 'ApiToken', name: 'renamed' }],
    request: [{ resource: 'instanceApiToken', action: 'delete' }, { action: 'patch' }] };
  const list = await audit.list({ instanceId, sortField: 'creationDate', sortDirection: 'desc',
    page: 0, perPage: 10, start: Date.now() - 3600 * 1000, end: Date.now() + 60 * 1000,
    auditLogFilter: filter });
  check('instanceAuditLogs.get (filtered)', 'auditList', list, (a) => {
    const bad = a.items.find((e) => !schemas.auditEntry(e));
    if (bad) return `item ${bad.id}: ${ajv.errorsText(schemas.auditEntry.errors)}`;
    if (a.items.length < 1) return 'no entries for the delete made above';
    const off = a.items.find((e) => e.primaryTargetName !== 'renamed'
      || !['delete', 'patch'].includes(e.requestAction));
    return off ? `entry ${off.id} does not match the filter` : '';
  });
  const first = list.items[0];
  check('instanceAuditLog.get', 'auditEntry',
    await audit.one({ instanceId, instanceAuditLogId: first.id }),
    (e) => (JSON.stringify(e) === JSON.stringify(first) ? '' : 'differs from the list item'));
  const everything = await audit.list({ instanceId, perPage: 1000 });
  check('instanceAuditLogs.get (every entry)', 'auditList', everything, (a) => {
    const bad = a.items.find((e) => !schemas.auditEntry(e));
    return bad ? `item ${bad.id}: ${ajv.errorsText(schemas.auditEntry.errors)}` : '';
  });
  await expectError('instanceAuditLog.get of an unknown entry', 404,
    () => audit.one({ instanceId, instanceAuditLogId: '0123456789abcdef01234567' }));
  await expectError('instanceAuditLogs.get with a malformed filter', 400,
    () => audit.list({ instanceId, auditLogFilter: { actor: [{ type: 'Robot' }] } }));
  await expectError('instanceAuditLogs.get as an application token', 403,
    () => auditCalls(asApp).list({ instanceId }));
}

async function main() {
  const url = env.LOSANT_URL;
  const client = losant.createClient({ url, accessToken: env.LOSANT_ACCESS_TOKEN });
  const base = { name: 'official client', description: 'made by losant-rest',
    expirationDate: '2031-01-02T03:04:05.000Z', status: 'active' };
  const roles = { defaultRole: 'view', orgRoles: [{ orgId: 'sandbox', role: 'view' }] };
  await kind('instance', client, 'instanceApiTokens', 'instanceApiToken',
    { instanceId: env.LOSANT_INSTANCE_ID }, { ...base, ...roles, scope: ['all.Instance.read'] });
  const app = { applicationId: env.LOSANT_APPLICATION_1_ID };
  await kind('application', client, 'applicationApiTokens', 'applicationApiToken',
    app, { ...base, scope: ['all.Application'] });
  await kind('user', client, 'userApiTokens', 'userApiToken', {},
    { ...base, ...roles, scope: ['all.User.read'] });

  // The scope rules as the client meets them: an application token stays in its application.
  const asApp = losant.createClient({ url, accessToken: (await client.applicationApiTokens.post(
    { ...app, apiToken: { name: 'app only', scope: ['all.Application'] } })).token });
  check('applicationApiTokens.get as an application token', 'list',
    await asApp.applicationApiTokens.get(app));
  await expectError('applicationApiTokens.get of another application', 403,
    () => asApp.applicationApiTokens.get({ applicationId: env.LOSANT_APPLICATION_2_ID }));
  await expectError('instanceApiTokens.get as an application token', 403,
    () => asApp.instanceApiTokens.get({ instanceId: env.LOSANT_INSTANCE_ID }));
  await expectError('userApiTokens.get as an application token', 403,
    () => asApp.userApiTokens.get({}));
  await expectError('applicationApiTokens.get of an unknown application', 404,
    () => client.applicationApiTokens.get({ applicationId: '0123456789abcdef01234567' }));
  await auditLog(client, asApp);

  console.log(failures ? `${failures} check(s) failed` : 'every answer validates');
  process.exit(failures ? 1 : 0);
}

main().catch((err) => {
  console.log(`FAIL unexpected: ${err.statusCode || ''} ${err.message}`);
  process.exit(1);
});
