/** Handlers of the `app:` domain: what the app is and where its data lives, and external links. */
import { ApiError } from '../api/result';
import type { ChannelHandlers } from './types';
import { allowedExternalLink } from './external-links';

export const appHandlers = {
  'app:info': (_input, context) => ({
    name: 'Staffroom',
    version: context.version,
    runtime: context.runtime,
    dataFolder: context.dataFolder,
    databaseFile: context.databaseFile,
  }),

  'app:openExternal': async ({ url }, context) => {
    const allowed = allowedExternalLink(url);
    if (allowed === null) {
      throw new ApiError('url-not-allowed', 'Staffroom only opens the guidance pages listed in Settings.', 'url');
    }
    if (!context.openExternal) return { url: allowed, opened: false };
    await context.openExternal(allowed);
    return { url: allowed, opened: true };
  },
} satisfies ChannelHandlers<'app'>;
