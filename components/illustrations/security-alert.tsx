import type { ComponentProps } from "react";
import { WarningIcon } from "./icons";
import { Highlight, Pointer, StepBadge } from "./markers";
import { Button, Label, Panel, SURFACE } from "./parts";
import { IllustrationSvg } from "./svg-frame";

export const SECURITY_ALERT_ALT =
  'Left, Google\'s "Critical security alert": "Sign-in attempt was blocked. Someone just used your password to try to sign in to your account." ' +
  'Step 1, highlighted: press "Check activity". ' +
  'Right, the next page asks "Do you recognize this activity?"; step 2, highlighted: press "Yes, it was me".';

export function SecurityAlert(props: ComponentProps<"svg">) {
  return (
    <IllustrationSvg alt={SECURITY_ALERT_ALT} {...props}>
      {/* Both panels put the step badge 12 units in from their left edge, then the button; both buttons share one row. */}
      <Panel x={8} y={12} width={220} height={276} />
      <WarningIcon x={14} y={28} />
      <Label x={42} y={45} size={15} bold tone="danger">
        Critical security alert
      </Label>
      <Label x={20} y={84} size={18} bold>
        Sign-in attempt
      </Label>
      <Label x={20} y={106} size={18} bold>
        was blocked
      </Label>
      <Label x={20} y={138} tone="muted">
        Someone just used your
      </Label>
      <Label x={20} y={159} tone="muted">
        password to try to sign
      </Label>
      <Label x={20} y={180} tone="muted">
        in to your account.
      </Label>
      <StepBadge cx={33} cy={236} n={1} />
      <Button x={60} y={218} width={140} height={36} label="Check activity" size={15} />
      <Highlight x={60} y={218} width={140} height={36} rx={24} />

      <path
        d="M235 150 H249 M243 143 L250 150 L243 157"
        fill="none"
        strokeWidth={3}
        strokeLinecap="round"
        strokeLinejoin="round"
        className={SURFACE.strongLine}
      />

      <Panel x={256} y={12} width={216} height={276} />
      <Label x={272} y={50} size={18} bold>
        Do you recognize
      </Label>
      <Label x={272} y={72} size={18} bold>
        this activity?
      </Label>
      <Label x={272} y={102} tone="muted">
        Blocked sign-in, just now
      </Label>
      <Button x={272} y={130} width={184} height={36} label="No, secure account" variant="outlined" size={15} />
      <StepBadge cx={281} cy={236} n={2} />
      <Button x={308} y={218} width={144} height={36} label="Yes, it was me" size={15} />
      <Highlight x={308} y={218} width={144} height={36} rx={24} />
      {/* Tip on the button's lower-right edge, clear of the label. */}
      <Pointer x={442} y={247} />
    </IllustrationSvg>
  );
}
