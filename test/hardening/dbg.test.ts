import { startRig } from './rig';
it('dbg', async () => {
  const rig = await startRig();
  const cases: Array<[string, string, string?]> = [
    ['payload not json', 'payload=%7Bnot-json'],
    ['payload null', 'payload=null'],
    ['payload []', 'payload=%5B%5D'],
    ['payload number', 'payload=42'],
    ['payload block_actions no user', 'payload=' + encodeURIComponent(JSON.stringify({ type: 'block_actions' }))],
    ['payload block_actions user no actions', 'payload=' + encodeURIComponent(JSON.stringify({ type: 'block_actions', user: { id: 'U1' } }))],
    ['payload view_submission no view', 'payload=' + encodeURIComponent(JSON.stringify({ type: 'view_submission', user: { id: 'U1' } }))],
    ['view_submission callback join no state', 'payload=' + encodeURIComponent(JSON.stringify({ type: 'view_submission', user: { id: 'U1' }, view: { callback_id: 'join' } }))],
    ['empty form', ''],
    ['json {}', '{}'],
    ['json []', '[]'],
    ['json null', 'null'],
    ['json string', '"x"'],
    ['event no event', JSON.stringify({ type: 'event_callback', event_id: 'E1' })],
    ['event null event', JSON.stringify({ type: 'event_callback', event_id: 'E1', event: null })],
    ['app_home_opened no user', JSON.stringify({ type: 'event_callback', event_id: 'E2', team_id: 'T1', event: { type: 'app_home_opened', tab: 'home' } })],
    ['deep json', '['.repeat(100000) + ']'.repeat(100000)],
    ['command no user', 'command=%2Freverse-mentor&text=help'],
    ['command other', 'command=%2Fother&text=help&user_id=U1&trigger_id=1&channel_id=C1&response_url=http%3A%2F%2F127.0.0.1%3A1%2Fx'],
    ['bad utf8', 'payload=%FF%FE'],
    ['big', 'x='.concat('a'.repeat(1100 * 1024))],
  ];
  for (const [name, body, ct] of cases) {
    const t0 = Date.now();
    try {
      const r = await rig.slack.raw(body, {}, ct ? { contentType: ct } : {});
      console.log(name, r.status, Date.now() - t0, r.body.slice(0, 80));
    } catch (e) { console.log(name, 'ERR', (e as Error).message, Date.now() - t0); }
  }
  await rig.settled();
  const h = await fetch(`http://127.0.0.1:${rig.app.port}/healthz`);
  console.log('health', h.status);
  console.log(rig.logs.filter((l) => /"level":(40|50)/.test(l)).map(l => l.slice(0, 250)).join('\n'));
  await rig.close();
}, 60000);
