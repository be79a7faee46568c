import type { ComponentProps } from "react";
import { BrowserFrame } from "./browser-frame";
import { ShieldIcon } from "./icons";
import { Highlight, Pointer } from "./markers";
import { Button, Label } from "./parts";
import { IllustrationSvg } from "./svg-frame";

export const TWO_STEP_VERIFICATION_PAGE_ALT =
  "The 2-Step Verification page at myaccount.google.com/signinoptions/two-step-verification, " +
  "explaining that a second step after your password, such as a prompt on your phone, protects your account. " +
  'The "Turn on 2-Step Verification" button is highlighted: press it and follow the steps.';

export function TwoStepVerificationPage(props: ComponentProps<"svg">) {
  return (
    <IllustrationSvg alt={TWO_STEP_VERIFICATION_PAGE_ALT} {...props}>
      <BrowserFrame url="myaccount.google.com/…/two-step-verification">
        <Label x={40} y={80} size={15} tone="muted">
          Google Account
        </Label>
        <ShieldIcon x={40} y={94} />
        <Label x={80} y={118} size={22} bold>
          2-Step Verification
        </Label>
        <Label x={40} y={158} tone="muted">
          Protect your account with a second step
        </Label>
        <Label x={40} y={180} tone="muted">
          after your password, like a phone prompt.
        </Label>
        <Button x={40} y={208} width={290} height={40} label="Turn on 2-Step Verification" />
        <Highlight x={40} y={208} width={290} height={40} rx={26} />
        {/* Tip on the button's lower-right edge, clear of the label. */}
        <Pointer x={314} y={241} />
      </BrowserFrame>
    </IllustrationSvg>
  );
}
