from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, Union

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.db_cluster_info import DbClusterInfo


T = TypeVar("T", bound="DbClustersProperties")


@_attrs_define
class DbClustersProperties:
    """
    Attributes:
        clusters (Union[Unset, DbClusterInfo]):
    """

    clusters: Union[Unset, "DbClusterInfo"] = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        clusters: Union[Unset, dict[str, Any]] = UNSET
        if not isinstance(self.clusters, Unset):
            clusters = self.clusters.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if clusters is not UNSET:
            field_dict["clusters"] = clusters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.db_cluster_info import DbClusterInfo

        d = {k: v for k, v in src_dict.items() if v is not None}
        _clusters = d.pop("clusters", UNSET)
        clusters: Union[Unset, DbClusterInfo]
        if isinstance(_clusters, Unset):
            clusters = UNSET
        else:
            clusters = DbClusterInfo.from_dict(_clusters)

        _model = cls(
            clusters=clusters,
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
