/** The demo pages' scenario picker: one radio per scenario, with a label and a hint. */
import { Field, Radio, RadioGroup } from '@fluentui/react-components';
import type { ReactElement } from 'react';

export interface ScenarioFieldProps<Id extends string> {
  readonly label: string;
  readonly hint: string;
  readonly value: Id;
  readonly scenarios: ReadonlyArray<{ readonly id: Id; readonly label: string }>;
  readonly onChange: (id: Id) => void;
}

export function ScenarioField<Id extends string>(props: ScenarioFieldProps<Id>): ReactElement {
  return (
    <Field label={props.label} hint={props.hint}>
      <RadioGroup value={props.value} onChange={(_, data) => props.onChange(data.value as Id)}>
        {props.scenarios.map((s) => (
          <Radio key={s.id} value={s.id} label={s.label} />
        ))}
      </RadioGroup>
    </Field>
  );
}
