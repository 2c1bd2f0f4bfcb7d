/** Counters the relay keeps while it runs, rendered in the Prometheus text format. */
export class RelayMetrics {
  connectionsOpened = 0;
  messagesReceived = 0;
  bytesReceived = 0;
  messagesSent = 0;
  bytesSent = 0;
  updatesApplied = 0;
  droppedWrites = 0;
  storageWrites = 0;
  storageErrors = 0;
  compactions = 0;
  roomsLoaded = 0;
  upstreamConnects = 0;
  upstreamDisconnects = 0;
  upstreamMessagesSent = 0;
  upstreamBytesSent = 0;
  upstreamMessagesReceived = 0;
  upstreamBytesReceived = 0;
  /** True from a failed storage operation until the next one succeeds; /healthz answers 503 meanwhile. */
  storageFailing = false;
  readonly connectionsClosed = new Map<string, number>();
  readonly upgradesRefused = new Map<string, number>();
  readonly presenceDropped = new Map<string, number>();

  countClose(reason: string): void {
    this.connectionsClosed.set(reason, (this.connectionsClosed.get(reason) ?? 0) + 1);
  }

  countRefusal(reason: string): void {
    this.upgradesRefused.set(reason, (this.upgradesRefused.get(reason) ?? 0) + 1);
  }

  countPresenceDrops(reason: string, entries: number): void {
    this.presenceDropped.set(reason, (this.presenceDropped.get(reason) ?? 0) + entries);
  }

  storageSucceeded(): void {
    this.storageFailing = false;
  }

  storageFailed(): void {
    this.storageErrors++;
    this.storageFailing = true;
  }

  render(gauges: { rooms: number; connections: number; upstream?: UpstreamGauges }): string {
    const memory = process.memoryUsage();
    const lines: string[] = [];
    const metric: MetricWriter = (name, type, help, samples) => {
      lines.push(`# HELP ${name} ${help}`, `# TYPE ${name} ${type}`);
      for (const [labels, value] of samples) lines.push(`${name}${labels} ${value}`);
    };
    const labelled = (counts: Map<string, number>): [string, number][] =>
      [...counts].map(([reason, value]) => [`{reason="${reason}"}`, value]);
    metric('relay_rooms', 'gauge', 'Rooms held in memory (loading or active).', [['', gauges.rooms]]);
    metric('relay_connections', 'gauge', 'Open sync connections.', [['', gauges.connections]]);
    metric('relay_connections_opened_total', 'counter', 'Sync connections accepted.', [['', this.connectionsOpened]]);
    metric('relay_connections_closed_total', 'counter', 'Sync connections closed, by reason.', labelled(this.connectionsClosed));
    metric('relay_upgrades_refused_total', 'counter', 'WebSocket upgrades refused, by reason.', labelled(this.upgradesRefused));
    metric('relay_messages_received_total', 'counter', 'WebSocket messages received.', [['', this.messagesReceived]]);
    metric('relay_bytes_received_total', 'counter', 'WebSocket payload bytes received.', [['', this.bytesReceived]]);
    metric('relay_messages_sent_total', 'counter', 'WebSocket messages sent.', [['', this.messagesSent]]);
    metric('relay_bytes_sent_total', 'counter', 'WebSocket payload bytes sent.', [['', this.bytesSent]]);
    metric('relay_updates_applied_total', 'counter', 'Document updates that changed a room.', [['', this.updatesApplied]]);
    metric('relay_dropped_writes_total', 'counter', 'Non-empty updates from read-only connections, dropped.', [['', this.droppedWrites]]);
    metric('relay_presence_dropped_total', 'counter', 'Presence (awareness) states dropped as over budget, by reason.', labelled(this.presenceDropped));
    metric('relay_rooms_loaded_total', 'counter', 'Rooms loaded from storage.', [['', this.roomsLoaded]]);
    metric('relay_storage_writes_total', 'counter', 'Batches of updates written to storage.', [['', this.storageWrites]]);
    metric('relay_storage_compactions_total', 'counter', 'Room compactions in storage.', [['', this.compactions]]);
    metric('relay_storage_errors_total', 'counter', 'Failed storage operations.', [['', this.storageErrors]]);
    metric('relay_storage_failing', 'gauge', '1 while the last storage operation failed.', [['', this.storageFailing ? 1 : 0]]);
    if (gauges.upstream) this.renderUpstream(metric, gauges.upstream);
    metric('process_resident_memory_bytes', 'gauge', 'Resident set size.', [['', memory.rss]]);
    metric('nodejs_heap_used_bytes', 'gauge', 'V8 heap in use.', [['', memory.heapUsed]]);
    metric('process_uptime_seconds', 'gauge', 'Seconds since the process started.', [['', Math.round(process.uptime())]]);
    return `${lines.join('\n')}\n`;
  }

  /** Only a venue relay (started with an upstream) has these. */
  private renderUpstream(metric: MetricWriter, gauges: UpstreamGauges): void {
    metric('relay_upstream_rooms', 'gauge', 'Rooms mirrored to the upstream relay.', [['', gauges.rooms]]);
    metric('relay_upstream_connected_rooms', 'gauge', 'Mirrored rooms whose upstream link is open.', [['', gauges.connected]]);
    metric('relay_upstream_pending_rooms', 'gauge', 'Mirrored rooms with local changes the upstream has not confirmed, or not compared yet since start.', [
      ['', gauges.pendingRooms],
    ]);
    metric('relay_upstream_pending_changes', 'gauge', 'Local changes (Yjs clock ticks, one per record) the upstream has not confirmed.', [
      ['', gauges.pendingChanges],
    ]);
    metric('relay_upstream_connects_total', 'counter', 'Upstream links opened.', [['', this.upstreamConnects]]);
    metric('relay_upstream_disconnects_total', 'counter', 'Open upstream links that closed.', [['', this.upstreamDisconnects]]);
    metric('relay_upstream_messages_sent_total', 'counter', 'Messages sent upstream.', [['', this.upstreamMessagesSent]]);
    metric('relay_upstream_bytes_sent_total', 'counter', 'Bytes sent upstream.', [['', this.upstreamBytesSent]]);
    metric('relay_upstream_messages_received_total', 'counter', 'Messages received from upstream.', [['', this.upstreamMessagesReceived]]);
    metric('relay_upstream_bytes_received_total', 'counter', 'Bytes received from upstream.', [['', this.upstreamBytesReceived]]);
  }
}

export interface UpstreamGauges {
  rooms: number;
  connected: number;
  pendingRooms: number;
  pendingChanges: number;
}

type MetricWriter = (name: string, type: 'counter' | 'gauge', help: string, samples: [string, number][]) => void;
