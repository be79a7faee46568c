import type { ComponentProps } from 'react';
import { BrowserFrame } from './browser-frame';
import { Highlight, Pointer, StepBadge } from './markers';
import { Button, Label, TextField } from './parts';
import { IllustrationSvg } from './svg-frame';

export const APP_PASSWORDS_PAGE_ALT =
  'The "App passwords" page at myaccount.google.com/apppasswords, which says older apps can sign in with one. ' +
  'Step 1, highlighted: type a name such as "SMTP Wizard" in the "App name" box. ' +
  'Step 2, highlighted: press "Create".';

export function AppPasswordsPage(props: ComponentProps<'svg'>) {
  return (
    <IllustrationSvg alt={APP_PASSWORDS_PAGE_ALT} {...props}>
      <BrowserFrame url="myaccount.google.com/apppasswords">
        <Label x={40} y={84} size={22} bold>
          App passwords
        </Label>
        <Label x={40} y={110} size={14} tone="muted">
          Let older apps sign in to your Google Account.
        </Label>
        <Label x={40} y={130} size={14} tone="muted">
          To create one, type a name for it below.
        </Label>
        <TextField x={64} y={152} width={376} height={42} label="App name" value="SMTP Wizard" />
        <Highlight x={64} y={152} width={376} height={42} gap={9} />
        <StepBadge cx={30} cy={173} n={1} />
        <Button x={340} y={226} width={100} height={36} label="Create" />
        <Highlight x={340} y={226} width={100} height={36} rx={24} />
        <StepBadge cx={306} cy={244} n={2} />
        <Pointer x={404} y={246} />
      </BrowserFrame>
    </IllustrationSvg>
  );
}
