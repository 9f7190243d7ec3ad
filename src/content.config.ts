import { defineCollection } from 'astro:content';
import { releaseLoader } from '@/release/loader.ts';
import { releasesDirectory } from '@/release/directory.ts';

export const collections = {
  releases: defineCollection({
    loader: releaseLoader({ directory: releasesDirectory() }),
  }),
};
