import type { ReactElement } from 'react';
import type { JoinByPhoneProps } from './JoinByPhone.types.js';
import { renderJoinByPhone_unstable } from './renderJoinByPhone.js';
import { useJoinByPhone_unstable } from './useJoinByPhone.js';

/**
 * "Join by phone": the meeting's dial-in numbers (toll and toll-free, by place), each a `tel:` link that dials it and
 * enters the conference ID, and copyable, with the conference ID. The guidance panel shows it after a call the network
 * blocked; put it anywhere in your UI too. Reads the provider's `dialIn`, or a Teams meeting's own details; shows
 * nothing without either.
 */
export function JoinByPhone(props: JoinByPhoneProps): ReactElement | null {
  return renderJoinByPhone_unstable(useJoinByPhone_unstable(props));
}
