import { NativeSelect, SimpleGrid, TextInput } from '@mantine/core';
import type { ReactNode } from 'react';
import { benefitKinds, confidences } from '../../../shared/portfolio';

type BenefitKind = (typeof benefitKinds)[number];
type Confidence = (typeof confidences)[number];
type BenefitField = 'kind' | 'description' | 'recipient' | 'yearlyAmount' | 'hoursPerYear' | 'hourlyCost' | 'score' | 'firstYear' | 'confidence';

interface BenefitRowProps {
  /** The row's kind, which decides its amounts. */
  kind: BenefitKind;
  /** A field's id, label and the form's input props (value, onChange, error …). */
  field: (name: BenefitField) => { id: string; label: string };
  kindLabel: (kind: BenefitKind) => string;
  confidenceLabel: (confidence: Confidence) => string;
  /** The amounts' input type: number, or text that takes spaces between digits (the default). */
  numberType?: 'number' | 'text';
  /** More fields after the common ones. */
  children?: ReactNode;
}

/** One benefit, as projects and needs value it: the kind decides the fields (an amount, hours × hourly cost, or a score 1–5). */
export function BenefitRow({ kind, field, kindLabel, confidenceLabel, numberType, children }: BenefitRowProps) {
  const input = (name: BenefitField, numeric = false, required = false) => (
    <TextInput {...field(name)} required={required} type={numeric ? numberType : undefined} inputMode={numeric ? 'numeric' : undefined} />
  );
  return (
    <SimpleGrid cols={{ base: 1, sm: 3 }}>
      <NativeSelect {...field('kind')} data={benefitKinds.map((k) => ({ value: k, label: kindLabel(k) }))} />
      {input('description', false, true)}
      {input('recipient')}
      {kind === 'direct' && input('yearlyAmount', true)}
      {kind === 'indirect' && (
        <>
          {input('hoursPerYear', true)}
          {input('hourlyCost', true)}
        </>
      )}
      {kind === 'qualitative' && <NativeSelect {...field('score')} data={['', '1', '2', '3', '4', '5'].map((s) => ({ value: s, label: s || '–' }))} />}
      {input('firstYear', true, true)}
      <NativeSelect {...field('confidence')} data={confidences.map((c) => ({ value: c, label: confidenceLabel(c) }))} />
      {children}
    </SimpleGrid>
  );
}
