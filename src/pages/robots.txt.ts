import type { APIRoute } from 'astro';
import { sitemapPath } from '@/site/paths.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL(sitemapPath(), site).href}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
