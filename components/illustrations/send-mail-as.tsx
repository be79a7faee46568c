import type { ComponentProps } from "react";
import { BrowserFrame } from "./browser-frame";
import { Highlight, Pointer, StepBadge } from "./markers";
import { Label, SURFACE } from "./parts";
import { IllustrationSvg } from "./svg-frame";

export const SEND_MAIL_AS_ALT =
  'Gmail\'s settings at mail.google.com, tab "Accounts and Import". ' +
  'Step 1, highlighted: the "Accounts and Import" tab. ' +
  'Step 2, highlighted: under "Send mail as", the link "Add another email address".';

export function SendMailAs(props: ComponentProps<"svg">) {
  return (
    <IllustrationSvg alt={SEND_MAIL_AS_ALT} {...props}>
      <BrowserFrame url="mail.google.com/mail/#settings/accounts">
        <Label x={40} y={82} size={22} bold>
          Settings
        </Label>
        <Label x={40} y={118} size={15} tone="muted">
          General
        </Label>
        <Label x={118} y={118} size={15} tone="muted">
          Labels
        </Label>
        <Label x={186} y={118} size={15} bold>
          Accounts and Import
        </Label>
        <path d="M186 126 H364" strokeWidth={3} className={SURFACE.accentLine} />
        <Highlight x={182} y={100} width={186} height={30} />
        <StepBadge cx={396} cy={114} n={1} />
        <path d="M24 140 H456" strokeWidth={1} className={SURFACE.line} />
        <Label x={40} y={178} size={16} bold>
          Send mail as:
        </Label>
        <Label x={170} y={178} size={15}>
          you@gmail.com
        </Label>
        <Label x={170} y={232} size={16} bold tone="link">
          Add another email address
        </Label>
        <Highlight x={164} y={214} width={256} height={26} />
        <StepBadge cx={134} cy={226} n={2} />
        <Pointer x={408} y={236} />
      </BrowserFrame>
    </IllustrationSvg>
  );
}
