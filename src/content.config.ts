import { defineCollection } from 'astro:content';
import { releaseLoader } from './loaders/releases.ts';
import { releasesDirectory } from './lib/releases-directory.ts';

export const collections = {
  releases: defineCollection({
    loader: releaseLoader({ directory: releasesDirectory() }),
  }),
};
