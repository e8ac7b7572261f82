import { readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { freePort } from './preview-server.ts';

const SCORM_AGAIN = resolve(import.meta.dirname, '../../node_modules/scorm-again/dist/scorm2004.js');

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.xml': 'application/xml', '.svg': 'image/svg+xml', '.png': 'image/png' };

/**
 * The LMS page: scorm-again's Scorm2004API as `window.API_1484_11`, loaded with `window.lmsCmi` (what the LMS kept from an earlier
 * session), logging every Initialize, SetValue, Commit and Terminate in `window.lmsCalls`, with the course in an iframe.
 */
const LMS_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>LMS stand-in</title>
<script src="scorm2004.js"></script>
<script>
  const api = new Scorm2004API({ logLevel: 5, autocommit: false });
  api.loadFromJSON(window.lmsCmi ?? { learner_name: 'Hopper, Grace' }, 'cmi');
  window.lmsCalls = [];
  for (const name of ['Initialize', 'SetValue', 'Commit', 'Terminate']) {
    const call = api[name].bind(api);
    api[name] = (...args) => {
      const result = call(...args);
      window.lmsCalls.push({ name, element: name === 'SetValue' ? args[0] : undefined, result, error: api.GetLastError() });
      return result;
    };
  }
  window.API_1484_11 = api;
</script></head>
<body><iframe title="Course" src="/course/index.html" style="width:1200px;height:680px"></iframe></body></html>`;

/** A loopback server: the LMS page at /lms/, the unzipped package under /course/. */
export interface ScormLms {
  url: string;
  close(): Promise<void>;
}

/** Serve `course` (an unzipped SCORM package) beside the LMS page on 127.0.0.1. */
export async function startScormLms(course: string): Promise<ScormLms> {
  const port = await freePort();
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    if (path === '/lms/index.html') return void response.writeHead(200, { 'content-type': 'text/html' }).end(LMS_PAGE);
    if (path === '/lms/scorm2004.js') return void response.writeHead(200, { 'content-type': 'text/javascript' }).end(readFileSync(SCORM_AGAIN));
    const file = path.startsWith('/course/') ? join(course, normalize(path.slice('/course/'.length))) : undefined;
    if (!file || !file.startsWith(course) || !statSync(file, { throwIfNoEntry: false })?.isFile()) return void response.writeHead(404).end();
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  return { url: `http://127.0.0.1:${port}/lms/index.html`, close: () => new Promise((done) => server.close(() => done())) };
}
