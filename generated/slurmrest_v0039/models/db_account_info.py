from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, Union

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.account import Account
    from ..models.db_error import DbError
    from ..models.db_meta import DbMeta
    from ..models.db_warning import DbWarning


T = TypeVar("T", bound="DbAccountInfo")


@_attrs_define
class DbAccountInfo:
    """
    Attributes:
        meta (Union[Unset, DbMeta]):
        errors (Union[Unset, list['DbError']]): Slurm errors
        warnings (Union[Unset, list['DbWarning']]): Slurm warnings
        accounts (Union[Unset, list['Account']]):
    """

    meta: Union[Unset, "DbMeta"] = UNSET
    errors: Union[Unset, list["DbError"]] = UNSET
    warnings: Union[Unset, list["DbWarning"]] = UNSET
    accounts: Union[Unset, list["Account"]] = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        meta: Union[Unset, dict[str, Any]] = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        errors: Union[Unset, list[dict[str, Any]]] = UNSET
        if not isinstance(self.errors, Unset):
            errors = []
            for componentsschemasdb_errors_item_data in self.errors:
                componentsschemasdb_errors_item = componentsschemasdb_errors_item_data.to_dict()
                errors.append(componentsschemasdb_errors_item)

        warnings: Union[Unset, list[dict[str, Any]]] = UNSET
        if not isinstance(self.warnings, Unset):
            warnings = []
            for componentsschemasdb_warnings_item_data in self.warnings:
                componentsschemasdb_warnings_item = componentsschemasdb_warnings_item_data.to_dict()
                warnings.append(componentsschemasdb_warnings_item)

        accounts: Union[Unset, list[dict[str, Any]]] = UNSET
        if not isinstance(self.accounts, Unset):
            accounts = []
            for componentsschemasaccount_list_item_data in self.accounts:
                componentsschemasaccount_list_item = componentsschemasaccount_list_item_data.to_dict()
                accounts.append(componentsschemasaccount_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if meta is not UNSET:
            field_dict["meta"] = meta
        if errors is not UNSET:
            field_dict["errors"] = errors
        if warnings is not UNSET:
            field_dict["warnings"] = warnings
        if accounts is not UNSET:
            field_dict["accounts"] = accounts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.account import Account
        from ..models.db_error import DbError
        from ..models.db_meta import DbMeta
        from ..models.db_warning import DbWarning

        d = {k: v for k, v in src_dict.items() if v is not None}
        _meta = d.pop("meta", UNSET)
        meta: Union[Unset, DbMeta]
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = DbMeta.from_dict(_meta)

        errors = []
        _errors = d.pop("errors", UNSET)
        for componentsschemasdb_errors_item_data in _errors or []:
            componentsschemasdb_errors_item = DbError.from_dict(componentsschemasdb_errors_item_data)

            errors.append(componentsschemasdb_errors_item)

        warnings = []
        _warnings = d.pop("warnings", UNSET)
        for componentsschemasdb_warnings_item_data in _warnings or []:
            componentsschemasdb_warnings_item = DbWarning.from_dict(componentsschemasdb_warnings_item_data)

            warnings.append(componentsschemasdb_warnings_item)

        accounts = []
        _accounts = d.pop("accounts", UNSET)
        for componentsschemasaccount_list_item_data in _accounts or []:
            componentsschemasaccount_list_item = Account.from_dict(componentsschemasaccount_list_item_data)

            accounts.append(componentsschemasaccount_list_item)

        _model = cls(
            meta=meta,
            errors=errors,
            warnings=warnings,
            accounts=accounts,
        )

        _model.additional_properties = d
        return _model

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
