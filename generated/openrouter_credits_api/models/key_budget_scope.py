from enum import StrEnum


class KeyBudgetScope(StrEnum):
    API_KEY = "api_key"
    KEY_LIMIT = "key_limit"
    MEMBER = "member"
    WORKSPACE = "workspace"
    WORKSPACE_DEFAULT_KEY = "workspace_default_key"
    WORKSPACE_DEFAULT_MEMBER = "workspace_default_member"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "KeyBudgetScope | None":
        """A value the API schema does not list (the server is newer than this client): kept as a member."""
        if not isinstance(value, str) or isinstance(value, bool):
            return None
        member = str.__new__(cls, value)
        member._name_ = f"UNKNOWN_{value}"
        member._value_ = value
        return member
