import type { ComponentProps } from 'react';
import { WarningIcon } from './icons';
import { Highlight, Pointer, StepBadge } from './markers';
import { Button, Label, Panel, SURFACE } from './parts';
import { IllustrationSvg } from './svg-frame';

export const SECURITY_ALERT_ALT =
  'Left, Google\'s "Critical security alert": "Sign-in attempt was blocked. Someone just used your password to try to sign in to your account." ' +
  'Step 1, highlighted: press "Check activity". ' +
  'Right, the next page asks "Do you recognize this activity?"; step 2, highlighted: press "Yes, it was me".';

export function SecurityAlert(props: ComponentProps<'svg'>) {
  return (
    <IllustrationSvg alt={SECURITY_ALERT_ALT} {...props}>
      <Panel x={8} y={12} width={228} height={276} />
      <WarningIcon x={22} y={28} />
      <Label x={54} y={45} size={13} bold tone="danger">
        Critical security alert
      </Label>
      <Label x={22} y={84} size={18} bold>
        Sign-in attempt
      </Label>
      <Label x={22} y={106} size={18} bold>
        was blocked
      </Label>
      <Label x={22} y={138} size={14} tone="muted">
        Someone just used your
      </Label>
      <Label x={22} y={158} size={14} tone="muted">
        password to try to sign
      </Label>
      <Label x={22} y={178} size={14} tone="muted">
        in to your account.
      </Label>
      <Button x={22} y={212} width={140} height={36} label="Check activity" />
      <Highlight x={22} y={212} width={140} height={36} rx={24} />
      <StepBadge cx={200} cy={230} n={1} />

      <path d="M243 150 H257 M251 143 L258 150 L251 157" fill="none" strokeWidth={3} strokeLinecap="round" strokeLinejoin="round" className={SURFACE.strongLine} />

      <Panel x={264} y={12} width={208} height={276} />
      <Label x={280} y={50} size={18} bold>
        Do you recognize
      </Label>
      <Label x={280} y={72} size={18} bold>
        this activity?
      </Label>
      <Label x={280} y={102} size={14} tone="muted">
        Blocked sign-in, just now
      </Label>
      <Button x={280} y={130} width={176} height={36} label="No, secure account" variant="outlined" size={14} />
      <Button x={306} y={208} width={150} height={36} label="Yes, it was me" size={14} />
      <Highlight x={306} y={208} width={150} height={36} rx={24} />
      <StepBadge cx={283} cy={226} n={2} />
      <Pointer x={420} y={230} />
    </IllustrationSvg>
  );
}
