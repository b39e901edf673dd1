from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any  # openrouter-credits: TYPE_CHECKING

import httpx

from ... import errors

# openrouter-credits: Response is built on first use (types.py), so it is imported where it is used
from ...types import UNSET, Unset

# For annotations only: the overlay calls _get_kwargs and _parse_response without a Client, and
# _parse_response imports the model of the status it meets (a 200 loads no error model).
if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.forbidden_response import ForbiddenResponse
    from ...models.get_credits_response import GetCreditsResponse
    from ...models.internal_server_response import InternalServerResponse
    from ...models.unauthorized_response import UnauthorizedResponse
    from ...types import Response


def _get_kwargs(
    *,
    http_referer: str | Unset = UNSET,
    x_open_router_title: str | Unset = UNSET,
    x_open_router_categories: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(http_referer, Unset):
        headers["HTTP-Referer"] = http_referer

    if not isinstance(x_open_router_title, Unset):
        headers["X-OpenRouter-Title"] = x_open_router_title

    if not isinstance(x_open_router_categories, Unset):
        headers["X-OpenRouter-Categories"] = x_open_router_categories

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/credits",
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ForbiddenResponse
    | GetCreditsResponse
    | InternalServerResponse
    | UnauthorizedResponse
    | None
):
    if response.status_code == 200:
        from ...models.get_credits_response import GetCreditsResponse

        response_200 = GetCreditsResponse.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        from ...models.unauthorized_response import UnauthorizedResponse

        response_401 = UnauthorizedResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        from ...models.forbidden_response import ForbiddenResponse

        response_403 = ForbiddenResponse.from_dict(response.json())

        return response_403

    if response.status_code == 500:
        from ...models.internal_server_response import InternalServerResponse

        response_500 = InternalServerResponse.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    ForbiddenResponse
    | GetCreditsResponse
    | InternalServerResponse
    | UnauthorizedResponse
]:
    from ...types import Response  # openrouter-credits: built on first use

    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    http_referer: str | Unset = UNSET,
    x_open_router_title: str | Unset = UNSET,
    x_open_router_categories: str | Unset = UNSET,
) -> Response[
    ForbiddenResponse
    | GetCreditsResponse
    | InternalServerResponse
    | UnauthorizedResponse
]:
    """Get remaining credits

     Get total credits purchased and used for the authenticated user. [Management
    key](https://openrouter.ai/docs/guides/overview/auth/management-api-keys) required.

    Args:
        http_referer (str | Unset):
        x_open_router_title (str | Unset):
        x_open_router_categories (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ForbiddenResponse | GetCreditsResponse | InternalServerResponse | UnauthorizedResponse]
    """

    kwargs = _get_kwargs(
        http_referer=http_referer,
        x_open_router_title=x_open_router_title,
        x_open_router_categories=x_open_router_categories,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    http_referer: str | Unset = UNSET,
    x_open_router_title: str | Unset = UNSET,
    x_open_router_categories: str | Unset = UNSET,
) -> (
    ForbiddenResponse
    | GetCreditsResponse
    | InternalServerResponse
    | UnauthorizedResponse
    | None
):
    """Get remaining credits

     Get total credits purchased and used for the authenticated user. [Management
    key](https://openrouter.ai/docs/guides/overview/auth/management-api-keys) required.

    Args:
        http_referer (str | Unset):
        x_open_router_title (str | Unset):
        x_open_router_categories (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ForbiddenResponse | GetCreditsResponse | InternalServerResponse | UnauthorizedResponse
    """

    return sync_detailed(
        client=client,
        http_referer=http_referer,
        x_open_router_title=x_open_router_title,
        x_open_router_categories=x_open_router_categories,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    http_referer: str | Unset = UNSET,
    x_open_router_title: str | Unset = UNSET,
    x_open_router_categories: str | Unset = UNSET,
) -> Response[
    ForbiddenResponse
    | GetCreditsResponse
    | InternalServerResponse
    | UnauthorizedResponse
]:
    """Get remaining credits

     Get total credits purchased and used for the authenticated user. [Management
    key](https://openrouter.ai/docs/guides/overview/auth/management-api-keys) required.

    Args:
        http_referer (str | Unset):
        x_open_router_title (str | Unset):
        x_open_router_categories (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ForbiddenResponse | GetCreditsResponse | InternalServerResponse | UnauthorizedResponse]
    """

    kwargs = _get_kwargs(
        http_referer=http_referer,
        x_open_router_title=x_open_router_title,
        x_open_router_categories=x_open_router_categories,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    http_referer: str | Unset = UNSET,
    x_open_router_title: str | Unset = UNSET,
    x_open_router_categories: str | Unset = UNSET,
) -> (
    ForbiddenResponse
    | GetCreditsResponse
    | InternalServerResponse
    | UnauthorizedResponse
    | None
):
    """Get remaining credits

     Get total credits purchased and used for the authenticated user. [Management
    key](https://openrouter.ai/docs/guides/overview/auth/management-api-keys) required.

    Args:
        http_referer (str | Unset):
        x_open_router_title (str | Unset):
        x_open_router_categories (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ForbiddenResponse | GetCreditsResponse | InternalServerResponse | UnauthorizedResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            http_referer=http_referer,
            x_open_router_title=x_open_router_title,
            x_open_router_categories=x_open_router_categories,
        )
    ).parsed
