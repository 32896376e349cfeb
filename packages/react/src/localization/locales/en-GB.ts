import { type CallDiagnosticsStrings, enUS } from '../en-US.js';
import { mergeStrings } from '../strings.js';

/**
 * English (United Kingdom): en-US with British spelling. Only the strings that differ are written here, so a new
 * en-US string is English in en-GB too. Reviewed by the (English-speaking) team.
 */
export const enGB: CallDiagnosticsStrings = mergeStrings(enUS, {
  locale: 'en-GB',
  panel: {
    checkCorporate:
      "On a company network, your organisation's firewall may need the same rules. Send the details below to your IT administrator.",
  },
});
