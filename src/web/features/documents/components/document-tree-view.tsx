import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TreeNode } from '../../../../shared/documents';
import { ErrorAlert } from '../../../kit/error-alert';
import { AnchorLink } from '../../../kit/links/anchor-link';
import { PageLoader } from '../../../kit/page-loader';
import { useDocumentTree } from '../api/get-document-tree';
import { DocumentStatusBadge } from './document-status-badge';
import classes from './tree-list.module.css';

function Branch({ nodes, typeName }: { nodes: TreeNode[]; typeName: (key: string) => string }) {
  return (
    <ul className={classes.tree}>
      {nodes.map((node) => (
        <li key={node.id} className={classes.node}>
          <Group gap="xs" wrap="wrap">
            <Badge variant="default" tt="none">
              {typeName(node.typeKey)}
            </Badge>
            <AnchorLink to="/styrdokument/$id" params={{ id: node.id }} fw={500}>
              {node.title}
            </AnchorLink>
            <DocumentStatusBadge status={node.status} />
          </Group>
          {node.children.length > 0 && <Branch nodes={node.children} typeName={typeName} />}
        </li>
      ))}
    </ul>
  );
}

/** The hierarchy policy → strategi → riktlinje → handlingsplan: each document under the one it derives from. */
export function DocumentTreeView({ typeNames }: { typeNames: Map<string, string> }) {
  const { t } = useTranslation();
  const tree = useDocumentTree();
  if (tree.isPending) return <PageLoader />;
  if (tree.isError) return <ErrorAlert error={tree.error} />;
  if (tree.data.roots.length === 0) return <Text>{t('documents.list.empty')}</Text>;
  return (
    <>
      <Text size="sm" mb="sm">
        {t('documents.list.treeIntro')}
      </Text>
      <Branch nodes={tree.data.roots} typeName={(key) => typeNames.get(key) ?? key} />
    </>
  );
}
