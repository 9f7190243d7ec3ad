/**
 * npm run websub:ping [-- --dist dist]
 * After a deploy of a site built with THALAENG_WEBSUB_HUB, tells the hub that every feed
 * may have changed. Exits 1 when the hub refused a ping or the built feeds name no hub.
 */
import { parseArgs } from 'node:util';
import { feedTopics, pingHub } from './websub-ping/websub-ping.ts';
import { environment } from '@/config.ts';

try {
  const { values } = parseArgs({ options: { dist: { type: 'string', default: environment().outDir } } });
  const hub = environment().websubHub;
  if (!hub) throw new Error('THALAENG_WEBSUB_HUB is not set: there is no hub to ping (WebSub is off by default).');
  const feeds = await feedTopics(values.dist);
  const unlinked = feeds.filter((feed) => feed.hub !== hub || !feed.topic);
  if (feeds.length === 0 || unlinked.length > 0) {
    throw new Error(
      `${unlinked.length || 'no'} feed(s) in ${values.dist} do not advertise ${hub}${unlinked[0] ? ` (${unlinked[0].file})` : ''}: build with THALAENG_WEBSUB_HUB set, then ping.`,
    );
  }
  const results = await pingHub(
    hub,
    feeds.map((feed) => feed.topic),
  );
  const failed = results.filter((r) => r.error);
  for (const { topic, error } of failed) console.error(`${topic}: ${error}`);
  console.log(`${results.length - failed.length} of ${results.length} feeds pinged at ${hub}`);
  process.exitCode = failed.length ? 1 : 0;
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS') ? 2 : 1;
}
