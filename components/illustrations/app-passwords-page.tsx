import type { ComponentProps } from "react";
import { BrowserFrame } from "./browser-frame";
import { Highlight, Pointer, StepBadge } from "./markers";
import { Button, Label, TextField } from "./parts";
import { IllustrationSvg } from "./svg-frame";

export const APP_PASSWORDS_PAGE_ALT =
  'The "App passwords" page at myaccount.google.com/apppasswords, which says older apps can sign in with one. ' +
  'Step 1, highlighted: type a name such as "My website" in the "App name" box. ' +
  'Step 2, highlighted: press "Create".';

export function AppPasswordsPage(props: ComponentProps<"svg">) {
  return (
    <IllustrationSvg alt={APP_PASSWORDS_PAGE_ALT} {...props}>
      <BrowserFrame url="myaccount.google.com/apppasswords">
        <Label x={40} y={80} size={22} bold>
          App passwords
        </Label>
        <Label x={40} y={105} tone="muted">
          Let older apps sign in to your Google Account.
        </Label>
        <Label x={40} y={125} tone="muted">
          To create one, type a name for it below.
        </Label>
        {/* The ring stands 13 units off the field, so the "App name" label on its border has room. */}
        <TextField x={72} y={164} width={368} height={40} label="App name" value="My website" />
        <Highlight x={72} y={164} width={368} height={40} gap={13} rx={14} />
        <StepBadge cx={34} cy={184} n={1} />
        <Button x={340} y={234} width={100} height={36} label="Create" />
        <Highlight x={340} y={234} width={100} height={36} rx={24} />
        <StepBadge cx={306} cy={252} n={2} />
        {/* Tip on the button's lower-right edge, clear of the label. */}
        <Pointer x={428} y={262} />
      </BrowserFrame>
    </IllustrationSvg>
  );
}
