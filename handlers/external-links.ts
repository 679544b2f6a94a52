/**
 * The only web pages Staffroom ever opens, and only in the user's own browser: public guidance
 * the settings screen links to. Anything else is refused, so a compromised or confused renderer
 * cannot use the shell to open arbitrary addresses.
 */
export const ALLOWED_EXTERNAL_LINKS: readonly string[] = [
  'https://www.gov.uk/government/publications/send-code-of-practice-0-to-25',
  'https://www.legislation.gov.uk/uksi/2012/762/contents/made',
  'https://educationendowmentfoundation.org.uk/news/eef-launches-updated-guidance-to-help-schools-deploy-their-teaching-assistants',
];

/** The URL in its normal form when it is an https address on the allow-list, else null. */
export function allowedExternalLink(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' || parsed.username !== '' || parsed.password !== '') return null;
  const normal = parsed.href;
  return ALLOWED_EXTERNAL_LINKS.includes(normal) ? normal : null;
}
