/**
 * Where a reader can pass a release on: LINE and Facebook (how Thai readers share news)
 * and X, as plain links to each service's own share page, so nothing of theirs loads here
 * and sharing works without scripts. Only the page's address and title go in the link.
 */
export interface ShareLink {
  service: 'line' | 'facebook' | 'x';
  /** The service's name, as readers know it. */
  label: string;
  href: string;
}

export function shareLinks(pageUrl: string, title: string): ShareLink[] {
  const url = encodeURIComponent(pageUrl);
  return [
    { service: 'line', label: 'LINE', href: `https://social-plugins.line.me/lineit/share?url=${url}` },
    { service: 'facebook', label: 'Facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${url}` },
    { service: 'x', label: 'X', href: `https://x.com/intent/post?url=${url}&text=${encodeURIComponent(title)}` },
  ];
}
