import { useState } from 'react';
import { MIN_PASSWORD_LENGTH } from './password-fields.tsx';

/** A new password typed twice; mistakes are pointed out once the person has tried to submit. */
export function useNewPassword() {
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [tried, setTried] = useState(false);
  return {
    password,
    /** Counts as an attempt; whether the password may be sent. */
    check() {
      setTried(true);
      return password.length >= MIN_PASSWORD_LENGTH && password === confirm;
    },
    clear() {
      setPassword('');
      setConfirm('');
      setTried(false);
    },
    /** For PasswordFields. */
    fields: { password, confirm, onPassword: setPassword, onConfirm: setConfirm, showMismatch: tried },
  };
}
