// The Kubernetes manifests (deploy/k8s) against the published schemas, offline: the CloudNativePG objects
// (Cluster, ScheduledBackup) with @kubernetes-models/cloudnative-pg, every Kubernetes object with
// kubernetes-models (types, enums, required fields). Overlay patches are merged onto the base object first, the
// way kustomize's strategic merge does for these maps. (src/test/java/.../KubernetesManifestsTest also rejects
// keys the fabric8 model does not know.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAllDocuments } from 'yaml';
import { Cluster } from '@kubernetes-models/cloudnative-pg/postgresql.cnpg.io/v1/Cluster';
import { ScheduledBackup } from '@kubernetes-models/cloudnative-pg/postgresql.cnpg.io/v1/ScheduledBackup';
import { ConfigMap } from 'kubernetes-models/v1/ConfigMap';
import { Service } from 'kubernetes-models/v1/Service';
import { Deployment } from 'kubernetes-models/apps/v1/Deployment';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1/PodDisruptionBudget';

const k8s = join(dirname(fileURLToPath(import.meta.url)), '../../../deploy/k8s');
const models = { Cluster, ScheduledBackup, ConfigMap, Service, Deployment, HorizontalPodAutoscaler, PodDisruptionBudget };

const files = (dir) => readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : [join(dir, f)]))
  .filter((f) => f.endsWith('.yaml'));
const objects = (file) => parseAllDocuments(readFileSync(file, 'utf8')).map((d) => d.toJS()).filter(Boolean);
const merge = (base, patch) => {
  if (Array.isArray(patch) || typeof patch !== 'object' || patch === null) return patch;
  const out = { ...base };
  for (const [k, v] of Object.entries(patch)) out[k] = merge(base?.[k], v);
  return out;
};
const base = files(join(k8s, 'base')).flatMap(objects).filter((o) => o.kind !== 'Kustomization');

test('every object of the base validates against its schema', () => {
  assert.ok(base.some((o) => o.kind === 'Cluster'), 'the base has a CloudNativePG cluster');
  for (const o of base) {
    assert.ok(models[o.kind], `no schema for ${o.kind}`);
    new models[o.kind](o).validate();
  }
});

test('every overlay object validates, patches merged onto the base', () => {
  for (const overlay of ['staging', 'production']) {
    for (const file of files(join(k8s, 'overlays', overlay))) {
      for (const o of objects(file)) {
        if (o.kind === 'Kustomization') continue;
        const target = base.find((b) => b.kind === o.kind && b.metadata.name === o.metadata.name);
        const whole = file.includes('patch') ? merge(target, o) : o;
        assert.ok(!file.includes('patch') || target, `${file} patches nothing in the base`);
        new models[o.kind](whole).validate();
      }
    }
  }
});

test('the schema check catches a wrong type (the check can fail)', () => {
  const cluster = base.find((o) => o.kind === 'Cluster');
  assert.throws(() => new Cluster({ ...cluster, spec: { ...cluster.spec, instances: 'three' } }).validate());
});

test('the database has replicas to read from and to fail over to', () => {
  const cluster = base.find((o) => o.kind === 'Cluster');
  assert.ok(cluster.spec.instances >= 2);
  const production = objects(join(k8s, 'overlays/production/cluster-patch.yaml'))[0];
  assert.ok(production.spec.instances >= 3);
  assert.ok(production.spec.backup.barmanObjectStore.destinationPath);
});
