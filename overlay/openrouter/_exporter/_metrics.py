"""The collector: the metric families of one :class:`~._state.State`, built at each scrape.

A custom collector on a registry of its own (not global ``Gauge`` objects set from a thread): each
scrape turns the last poll's state into families, and ``prometheus_client`` writes the exposition.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, InfoMetricFamily, Metric
from prometheus_client.registry import CollectorRegistry

from ._state import Layer, State

__all__ = ["LAYER_LABELS", "StateCollector", "registry_for"]

#: The labels of every per-layer series: the API's ``scope`` and the layer's ids ("" when it has none).
LAYER_LABELS = ("scope", "budget_id", "guardrail_id")

_LAYER_GAUGES: tuple[tuple[str, str, Callable[[Layer], float | None]], ...] = (
    (
        "remaining_usd",
        "USD left in the layer's current window (limit minus spend; 0 or less blocks)",
        lambda layer: layer.remaining_usd,
    ),
    ("limit_usd", "The layer's limit in USD for its current window", lambda layer: layer.limit_usd),
    ("spend_usd", "Spend in USD the layer counts in its current window", lambda layer: layer.spend_usd),
    (
        "resets_timestamp_seconds",
        "When the layer's window resets (Unix time); absent for a lifetime budget",
        lambda layer: layer.resets_at,
    ),
)


class StateCollector:
    """Yields the metrics of ``source()``, the exporter's current state, at each ``collect()``."""

    def __init__(self, source: Callable[[], State]) -> None:
        self._source = source

    def describe(self) -> list[Metric]:
        """Nothing: the registry then does not call :meth:`collect` when it is registered."""
        return []

    def collect(self) -> Iterator[Metric]:
        state = self._source()
        yield GaugeMetricFamily(
            "openrouter_up",
            "1 when the exporter's last poll of the API succeeded, else 0",
            value=int(state.up),
        )
        if state.last_success is not None:
            yield GaugeMetricFamily(
                "openrouter_last_success_timestamp_seconds",
                "When the last successful poll ended (Unix time); the other values are from then",
                value=state.last_success,
            )
        failures = CounterMetricFamily(
            "openrouter_poll_failures", "Failed polls of the API, by kind of failure", labels=["kind"]
        )
        for kind, count in state.failures.items():
            failures.add_metric([kind], count)
        yield failures
        yield CounterMetricFamily("openrouter_polls", "Polls of the API, failed or not", value=state.polls)
        requests = CounterMetricFamily(
            "openrouter_api_requests",
            "Requests the exporter sent to the API, by endpoint",
            labels=["endpoint"],
        )
        for endpoint, count in state.requests.items():
            requests.add_metric([endpoint], count)
        yield requests
        if state.last_duration is not None:
            yield GaugeMetricFamily(
                "openrouter_last_poll_duration_seconds",
                "How long the last poll took",
                value=state.last_duration,
            )
        if state.key is not None:
            yield from _key_metrics(state)
        if state.credits is not None:
            yield GaugeMetricFamily(
                "openrouter_credits_total_usd",
                "Credits the account has bought, in USD (GET /credits, management keys only)",
                value=state.credits.total_usd,
            )
            yield GaugeMetricFamily(
                "openrouter_credits_usage_usd",
                "Credits the account has used, in USD (GET /credits, management keys only)",
                value=state.credits.usage_usd,
            )
            yield GaugeMetricFamily(
                "openrouter_credits_remaining_usd",
                "Credits the account has left (total minus usage), in USD",
                value=state.credits.total_usd - state.credits.usage_usd,
            )


def _key_metrics(state: State) -> Iterator[Metric]:
    key = state.key
    assert key is not None
    yield InfoMetricFamily(
        "openrouter_key",
        "The polled key: its label as the API shows it (masked), workspace and organisation",
        value={
            "label": key.label,
            "workspace_id": key.workspace_id or "",
            "organization_id": key.organization_id or "",
            "is_management_key": str(key.is_management_key).lower(),
            "is_free_tier": str(key.is_free_tier).lower(),
        },
    )
    layers: dict[tuple[str, str, str], Layer] = {}
    for layer in key.layers:  # in the order enforcement checks them; a repeated label set keeps the first
        layers.setdefault(layer.labels, layer)
    for suffix, text, value_of in _LAYER_GAUGES:
        family = GaugeMetricFamily(f"openrouter_key_budget_{suffix}", text, labels=LAYER_LABELS)
        for labels, layer in layers.items():
            value = value_of(layer)
            if value is not None:
                family.add_metric(labels, value)
        yield family
    info = InfoMetricFamily(
        "openrouter_key_budget",
        "Each budget layer's reset interval and whether BYOK spend counts toward it",
        labels=LAYER_LABELS,
    )
    for labels, layer in layers.items():
        info.add_metric(
            labels,
            {
                "reset_interval": layer.reset_interval or "never",
                "include_byok": str(layer.include_byok).lower(),
            },
        )
    yield info
    if key.effective is not None:
        effective = GaugeMetricFamily(
            "openrouter_key_effective_remaining_usd",
            "USD left in the budget layer that blocks requests first (its scope as a label)",
            labels=LAYER_LABELS,
        )
        effective.add_metric(key.effective.labels, key.effective.remaining_usd)
        yield effective
    usage = GaugeMetricFamily(
        "openrouter_key_usage_usd", "The key's usage in USD, by period (total: all time)", labels=["period"]
    )
    for period, value in key.usage:
        usage.add_metric([period], value)
    yield usage
    byok = GaugeMetricFamily(
        "openrouter_key_byok_usage_usd", "The key's external BYOK usage in USD, by period", labels=["period"]
    )
    for period, value in key.byok_usage:
        byok.add_metric([period], value)
    yield byok
    if key.expires_at is not None:
        yield GaugeMetricFamily(
            "openrouter_key_expiry_timestamp_seconds",
            "When the key expires (Unix time)",
            value=key.expires_at,
        )
    for name, value, text in (
        ("remaining", key.free_remaining, "Free-model requests left today (UTC) for the key's account"),
        ("limit", key.free_limit, "Free-model requests the key's account may make per UTC day"),
        ("used", key.free_used, "Free-model requests the key's account made today (UTC)"),
    ):
        if value is not None:
            yield GaugeMetricFamily(f"openrouter_free_model_requests_{name}", text, value=value)


def registry_for(source: Callable[[], State]) -> CollectorRegistry:
    """A registry of its own holding only the exporter's collector (no process or platform metrics)."""
    registry = CollectorRegistry(auto_describe=False)
    registry.register(StateCollector(source))
    return registry
