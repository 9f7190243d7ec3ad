import { defineCollection } from 'astro:content';
import { releaseLoader } from '@/release/loader.ts';
import { environment } from '@/config.ts';

export const collections = {
  releases: defineCollection({
    loader: releaseLoader({ directory: environment().releasesDir }),
  }),
};
