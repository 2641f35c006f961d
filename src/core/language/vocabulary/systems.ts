// Programs, bots and products that appear as the subject of a sentence: "Jenkins failed to",
// "Renovate opened". They are things, however capitalised. A team adds its own under `systems` in
// `.postmortem.yaml`.
import type { VocabularyEntry } from './entry';

export const SYSTEMS: readonly VocabularyEntry[] = [
  {
    words:
      'jenkins travis circleci buildkite drone teamcity bamboo atlantis spinnaker argo argocd ' +
      'flux fluxcd tekton bazel gradle maven',
    note: 'Build, CI and deployment tools.',
    flags: [],
    passes: [
      'Jenkins ran the job in production instead of staging because of the branch name.',
      'Atlantis applied the plan without running the tests.',
    ],
  },
  {
    words: 'dependabot renovate mergify bors copilot snyk greenkeeper github-actions',
    note: 'Bots that open, merge or review changes.',
    flags: [],
    passes: [
      'Dependabot failed to open the upgrade pull request.',
      'Renovate forgot nothing: it pinned every version.',
    ],
  },
  {
    words: 'claude chatgpt codex cursor devin gemini windsurf aider',
    note:
      'AI assistants and coding agents, which act in postmortems now ("Claude wiped out our database data while ' +
      'testing"): what such an agent did is a finding about the tool and the access it was given. A team with a ' +
      'person of one of these names lists that person under `owners` or in the front matter.',
    flags: [],
    passes: [
      'Claude wiped out our database data while doing testing, today.',
      'Cursor deleted the migrations folder when asked to clean up.',
    ],
  },
  {
    words:
      'kubernetes k8s helm terraform pulumi ansible puppet chef salt docker containerd nomad ' +
      'consul vault etcd istio envoy linkerd calico cilium karpenter fargate lambda cron systemd ' +
      'git',
    note: 'Platforms, orchestration and configuration tools.',
    flags: [],
    passes: [
      'Kubernetes failed to schedule the pods because the nodes were cordoned.',
      'Terraform deleted the old bucket as the plan said.',
    ],
  },
  {
    words:
      'nginx haproxy varnish redis memcached postgres postgresql mysql mariadb mongo mongodb ' +
      'cassandra kafka rabbitmq zookeeper elasticsearch opensearch kibana celery sidekiq',
    note: 'Servers, databases and queues.',
    flags: [],
    passes: ['Postgres failed to check the constraint on the replica.'],
  },
  {
    words: 'prometheus alertmanager grafana pagerduty opsgenie datadog sentry nagios splunk statuspage',
    note: 'Monitoring and paging.',
    flags: [],
    passes: ['PagerDuty failed to notify the secondary.'],
  },
  {
    words:
      'github gitlab bitbucket gitter slack jira zoom cloudflare fastly akamai aws gcp azure ' +
      'google amazon heroku vercel netlify s3 ec2 rds',
    note: 'Hosted services and clouds.',
    flags: [],
    passes: ['GitHub failed to deliver the webhook.', 'Cloudflare missed the purge request.'],
  },
  {
    words:
      'microsoft apple oracle ibm meta facebook stripe twilio okta auth0 digitalocean linode hetzner ovh ' +
      'equinix cogent cisco juniper vmware mailgun sendgrid',
    note: 'Vendors of the industry, named for what their products or their changes did.',
    flags: [],
    passes: [
      'Microsoft has changed the protocol for health probing from TCP to HTTP.',
      'Equinix started its maintenance on power feed A.',
    ],
  },
  {
    words:
      'python java node rust go linux ubuntu debian windows chrome firefox safari rails django ' +
      'react npm yarn homebrew brew pip',
    note: 'Languages, runtimes, operating systems and package managers.',
    flags: [],
    passes: ['Homebrew failed to verify the bottle checksum.'],
  },
];

/**
 * Parts and processes of a running service that terse reports name without an article at a sentence's start, where
 * the model tags the capitalised word a name: "Backup did not run", "Review did not catch the change"; or that a
 * product's name capitalises as its own ("changes to the Fortnite Client and Server", "Content Service"). Read as
 * things there; a person's name that is also a word (`Mark`, `Bob`) is not among them.
 */
export const SERVICE_PARTS: readonly VocabularyEntry[] = [
  {
    words:
      'test tests review reviews rollback rollbacks backup backups failover failback canary canaries cutover rollout ' +
      'release deploy build upgrade patch restore snapshot retry retries timeout timeouts alert alerts alarm pager ' +
      'check checks probe probes ' +
      'dashboard script job batch pipeline',
    note: 'What a team runs to change, check or recover a service.',
    flags: [],
    passes: [
      'Review did not catch the change because the diff was 4,000 lines long.',
      'Backup did not run on the night of the incident.',
      'Canary did not catch the regression because it only served internal traffic.',
      'Test was asserting on the wrong values.',
    ],
  },
  {
    words:
      'traffic cache queue load config replica replicas cluster node nodes server servers database disk storage ' +
      'network memory capacity staging search checkout billing auth login proxy firewall scheduler gateway router ' +
      'endpoint website site app frontend backend dns cdn api client clients service services',
    note: 'Parts of the service and of what it runs on.',
    flags: [],
    passes: [
      'Database did not catch the malformed rows.',
      'Scheduler forgot to release the lock after the timeout.',
      'Firewall blocked the health checks.',
      'Checkout did not validate the coupon amount.',
    ],
  },
];
