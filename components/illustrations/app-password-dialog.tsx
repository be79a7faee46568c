import type { ComponentProps } from "react";
import { BrowserFrame } from "./browser-frame";
import { Highlight } from "./markers";
import { Button, Label, SURFACE } from "./parts";
import { IllustrationSvg } from "./svg-frame";

export const APP_PASSWORD_DIALOG_ALT =
  'The "Generated app password" box: "Your app password for your device" above 16 letters in four groups of four, ' +
  'like "abcd efgh ijkl mnop", highlighted. It is shown only once, so copy the letters now, then press "Done".';

export function AppPasswordDialog(props: ComponentProps<"svg">) {
  return (
    <IllustrationSvg alt={APP_PASSWORD_DIALOG_ALT} {...props}>
      <BrowserFrame url="myaccount.google.com/apppasswords">
        {/* The page behind the dialog is dimmed, as Google does; the shape follows the frame's rounded corners. */}
        <path d="M4 48 H476 V284 a12 12 0 0 1 -12 12 H16 a12 12 0 0 1 -12 -12 Z" className="fill-zinc-900/40 dark:fill-black/60" />
        <rect x={52} y={62} width={376} height={212} rx={16} strokeWidth={1} className={`${SURFACE.page} ${SURFACE.line}`} />
        <Label x={76} y={92} size={19} bold>
          Generated app password
        </Label>
        <Label x={76} y={114} tone="muted">
          Your app password for your device
        </Label>
        <rect x={76} y={134} width={328} height={48} rx={8} className="fill-amber-50 dark:fill-zinc-800" />
        <Highlight x={76} y={134} width={328} height={48} />
        <Label x={240} y={166} size={24} bold mono anchor="middle">
          abcd efgh ijkl mnop
        </Label>
        <Button x={320} y={226} width={84} height={34} label="Done" variant="outlined" />
      </BrowserFrame>
    </IllustrationSvg>
  );
}
