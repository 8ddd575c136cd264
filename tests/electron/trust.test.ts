import { describe, expect, it } from 'vitest';
import { isAllowedExternalUrl, isTrustedSender } from '../../electron/main/trust.ts';

describe('IPC sender check', () => {
  it('trusts only the app origin in the top-level frame', () => {
    const top = { parent: null };
    expect(isTrustedSender({ senderFrame: { ...top, url: 'app://proctor/index.html' } })).toBe(true);
    expect(isTrustedSender({ senderFrame: { ...top, url: 'app://proctor/#/exam/x' } })).toBe(true);
    expect(isTrustedSender({ senderFrame: { ...top, url: 'https://evil.example/' } })).toBe(false);
    expect(isTrustedSender({ senderFrame: { ...top, url: 'file:///etc/passwd' } })).toBe(false);
    expect(isTrustedSender({ senderFrame: { ...top, url: 'app://proctor.evil/' } })).toBe(false);
    expect(isTrustedSender({ senderFrame: { parent: {} as never, url: 'app://proctor/index.html' } })).toBe(false);
    expect(isTrustedSender({ senderFrame: null })).toBe(false);
    expect(isTrustedSender({ senderFrame: { ...top, url: 'not a url' } })).toBe(false);
  });
});

describe('external links', () => {
  it('opens only plain https URLs', () => {
    expect(isAllowedExternalUrl('https://docs.aws.amazon.com/lambda/latest/dg/welcome.html')).toBe(true);
    for (const url of [
      'http://docs.aws.amazon.com/',
      'javascript:alert(1)',
      'file:///etc/passwd',
      'data:text/html,x',
      'https://user:pw@example.com/',
      'smb://host/share',
      'app://proctor/',
      'https://localhost/',
      '',
    ]) {
      expect(isAllowedExternalUrl(url), url).toBe(false);
    }
  });
});
