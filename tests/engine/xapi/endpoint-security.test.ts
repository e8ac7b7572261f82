import { describe, expect, it } from 'vitest';
import { plainHttpWarning } from '../../../src/engine/xapi/endpoint-security.ts';

describe('the plain-http warning for an LRS endpoint', () => {
  it('warns for http:// and names the host, in words', () => {
    const warning = plainHttpWarning('http://lrs.example.com/xapi/');
    expect(warning).toMatch(/plain http:\/\//);
    expect(warning).toMatch(/travel unencrypted/);
    expect(warning).toContain('lrs.example.com');
  });

  it('says nothing for https://, an empty field or an address that does not parse', () => {
    expect(plainHttpWarning('https://lrs.example.com/xapi/')).toBeUndefined();
    expect(plainHttpWarning('')).toBeUndefined();
    expect(plainHttpWarning('not a url')).toBeUndefined();
  });

  it('reads the address the way the form does, case and spaces aside', () => {
    expect(plainHttpWarning('  HTTP://LRS.example.com/xapi/ ')).toBeDefined();
  });
});
