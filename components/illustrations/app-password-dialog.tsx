import type { ComponentProps } from 'react';
import { BrowserFrame } from './browser-frame';
import { Highlight } from './markers';
import { Button, Label, SURFACE } from './parts';
import { IllustrationSvg } from './svg-frame';

export const APP_PASSWORD_DIALOG_ALT =
  'The "Generated app password" box: "Your app password for your device" above 16 letters in four groups of four, ' +
  'like "abcd efgh ijkl mnop", highlighted. It is shown only once, so copy the letters now, then press "Done".';

export function AppPasswordDialog(props: ComponentProps<'svg'>) {
  return (
    <IllustrationSvg alt={APP_PASSWORD_DIALOG_ALT} {...props}>
      <BrowserFrame url="myaccount.google.com/apppasswords">
        {/* The page behind the dialog is dimmed, as Google does. */}
        <rect x={4} y={48} width={472} height={248} className="fill-zinc-900/40 dark:fill-black/60" />
        <rect x={52} y={60} width={376} height={226} rx={16} strokeWidth={1} className={`${SURFACE.page} ${SURFACE.line}`} />
        <Label x={76} y={94} size={19} bold>
          Generated app password
        </Label>
        <Label x={76} y={120} size={14} tone="muted">
          Your app password for your device
        </Label>
        <rect x={76} y={136} width={328} height={50} rx={8} className="fill-amber-50 dark:fill-zinc-800" />
        <Highlight x={76} y={136} width={328} height={50} />
        <Label x={240} y={169} size={24} bold mono anchor="middle">
          abcd efgh ijkl mnop
        </Label>
        <Label x={76} y={220} size={14} bold tone="accent">
          Shown only once: copy it now.
        </Label>
        <Button x={320} y={236} width={84} height={34} label="Done" variant="outlined" />
      </BrowserFrame>
    </IllustrationSvg>
  );
}
