import { Anchor, List, Text, Title } from '@mantine/core';
import { Fragment, useMemo } from 'react';
import { parseInline, parseMarkdown, type Inline } from '../lib/markdown';

interface MarkdownViewProps {
  source: string;
  /** The level the body's top headings get, so they sit under the page's own headings. */
  topLevel: 2 | 3 | 4;
}

function InlineText({ parts }: { parts: Inline[] }) {
  return (
    <>
      {parts.map((part, index) => {
        if (part.kind === 'text') return <Fragment key={index}>{part.text}</Fragment>;
        if (part.kind === 'strong') return <strong key={index}><InlineText parts={part.children} /></strong>;
        if (part.kind === 'em') return <em key={index}><InlineText parts={part.children} /></em>;
        return (
          <Anchor key={index} href={part.href} rel="noopener noreferrer">
            <InlineText parts={part.children} />
          </Anchor>
        );
      })}
    </>
  );
}

/**
 * A document body written in Markdown, rendered as React elements (never as HTML), so a body can
 * never inject markup. Heading levels are shifted to follow the page's and never skip a level.
 */
export function MarkdownView({ source, topLevel }: MarkdownViewProps) {
  const blocks = useMemo(() => parseMarkdown(source), [source]);
  const levels = blocks.flatMap((b) => (b.kind === 'heading' ? [b.level] : []));
  const shallowest = levels.length ? Math.min(...levels) : 1;
  let previous = topLevel - 1;
  return (
    <div>
      {blocks.map((block, index) => {
        if (block.kind === 'heading') {
          const wanted = topLevel + (block.level - shallowest);
          const level = Math.min(6, Math.max(topLevel, Math.min(wanted, previous + 1)));
          previous = level;
          return (
            <Title key={index} order={level as 2 | 3 | 4 | 5 | 6} size={level <= 3 ? 'h4' : 'h5'} mt="md" mb="xs">
              <InlineText parts={parseInline(block.text)} />
            </Title>
          );
        }
        if (block.kind === 'list') {
          return (
            <List key={index} type={block.ordered ? 'ordered' : 'unordered'} mb="sm" spacing={4}>
              {block.items.map((item, i) => (
                <List.Item key={i}>
                  <InlineText parts={parseInline(item)} />
                </List.Item>
              ))}
            </List>
          );
        }
        return (
          <Text key={index} mb="sm">
            <InlineText parts={parseInline(block.text)} />
          </Text>
        );
      })}
    </div>
  );
}
