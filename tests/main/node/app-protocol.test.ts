import { describe, expect, it } from 'vitest';
import { createAppProtocolHandler, resolveAppPath } from '../../../main/node/app-protocol.ts';
import { RENDERER_CSP } from '../../../main/node/csp.ts';
import { useTempDirs } from '../helpers.ts';
import { bundleFixture, HOSTILE_PATHS, SECRET } from './bundle-fixture.ts';

const tempDir = useTempDirs();
const site = async () => bundleFixture(await tempDir());

describe('the app:// protocol handler', () => {
  it('serves the bundle with the CSP header and a JavaScript type for modules', async () => {
    const handle = createAppProtocolHandler(await site());
    const index = await handle({ url: 'app://gongwen/', method: 'GET' });
    expect(index.status).toBe(200);
    expect(index.headers.get('content-security-policy')).toBe(RENDERER_CSP);
    expect(index.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await index.text()).toContain('公文写作台');
    const script = await handle({ url: 'app://gongwen/assets/index.js' });
    expect(script.headers.get('content-type')).toMatch(/^text\/javascript/);
  });

  it.each([...HOSTILE_PATHS.map((path) => `app://gongwen${path}`), 'app://evil/index.html'])('never serves anything outside the bundle for %s', async (url) => {
    const handle = createAppProtocolHandler(await site());
    const response = await handle({ url });
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(await response.text()).not.toContain(SECRET);
  });

  it('resolves only paths inside the root', () => {
    expect(resolveAppPath('/srv/site', 'app://gongwen/assets/a.js')).toBe('/srv/site/assets/a.js');
    expect(resolveAppPath('/srv/site', 'app://gongwen/')).toBe('/srv/site/index.html');
    expect(resolveAppPath('/srv/site', 'app://gongwen/..%2F..%2Fetc%2Fpasswd')).toBeNull();
    expect(resolveAppPath('/srv/site', 'app://gongwen/..%2Fsite-other%2Fx')).toBeNull();
  });

  it('answers 404 for a missing file and 405 for other methods', async () => {
    const handle = createAppProtocolHandler(await site());
    expect((await handle({ url: 'app://gongwen/missing.js' })).status).toBe(404);
    expect((await handle({ url: 'app://gongwen/index.html', method: 'POST' })).status).toBe(405);
  });
});
