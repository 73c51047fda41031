from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, Union

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tres import Tres


T = TypeVar("T", bound="QosLimitsMaxTresMinutesPer")


@_attrs_define
class QosLimitsMaxTresMinutesPer:
    """
    Attributes:
        qos (Union[Unset, list['Tres']]):
        job (Union[Unset, list['Tres']]):
        account (Union[Unset, list['Tres']]):
        user (Union[Unset, list['Tres']]):
    """

    qos: Union[Unset, list["Tres"]] = UNSET
    job: Union[Unset, list["Tres"]] = UNSET
    account: Union[Unset, list["Tres"]] = UNSET
    user: Union[Unset, list["Tres"]] = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        qos: Union[Unset, list[dict[str, Any]]] = UNSET
        if not isinstance(self.qos, Unset):
            qos = []
            for componentsschemastres_list_item_data in self.qos:
                componentsschemastres_list_item = componentsschemastres_list_item_data.to_dict()
                qos.append(componentsschemastres_list_item)

        job: Union[Unset, list[dict[str, Any]]] = UNSET
        if not isinstance(self.job, Unset):
            job = []
            for componentsschemastres_list_item_data in self.job:
                componentsschemastres_list_item = componentsschemastres_list_item_data.to_dict()
                job.append(componentsschemastres_list_item)

        account: Union[Unset, list[dict[str, Any]]] = UNSET
        if not isinstance(self.account, Unset):
            account = []
            for componentsschemastres_list_item_data in self.account:
                componentsschemastres_list_item = componentsschemastres_list_item_data.to_dict()
                account.append(componentsschemastres_list_item)

        user: Union[Unset, list[dict[str, Any]]] = UNSET
        if not isinstance(self.user, Unset):
            user = []
            for componentsschemastres_list_item_data in self.user:
                componentsschemastres_list_item = componentsschemastres_list_item_data.to_dict()
                user.append(componentsschemastres_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if qos is not UNSET:
            field_dict["qos"] = qos
        if job is not UNSET:
            field_dict["job"] = job
        if account is not UNSET:
            field_dict["account"] = account
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.tres import Tres

        d = {k: v for k, v in src_dict.items() if v is not None}
        qos = []
        _qos = d.pop("qos", UNSET)
        for componentsschemastres_list_item_data in _qos or []:
            componentsschemastres_list_item = Tres.from_dict(componentsschemastres_list_item_data)

            qos.append(componentsschemastres_list_item)

        job = []
        _job = d.pop("job", UNSET)
        for componentsschemastres_list_item_data in _job or []:
            componentsschemastres_list_item = Tres.from_dict(componentsschemastres_list_item_data)

            job.append(componentsschemastres_list_item)

        account = []
        _account = d.pop("account", UNSET)
        for componentsschemastres_list_item_data in _account or []:
            componentsschemastres_list_item = Tres.from_dict(componentsschemastres_list_item_data)

            account.append(componentsschemastres_list_item)

        user = []
        _user = d.pop("user", UNSET)
        for componentsschemastres_list_item_data in _user or []:
            componentsschemastres_list_item = Tres.from_dict(componentsschemastres_list_item_data)

            user.append(componentsschemastres_list_item)

        _model = cls(
            qos=qos,
            job=job,
            account=account,
            user=user,
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
