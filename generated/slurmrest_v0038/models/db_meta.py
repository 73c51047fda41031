from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, Union

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.db_meta_plugin import DbMetaPlugin
    from ..models.db_meta_slurm import DbMetaSlurm


T = TypeVar("T", bound="DbMeta")


@_attrs_define
class DbMeta:
    """
    Attributes:
        plugin (Union[Unset, DbMetaPlugin]):
        slurm (Union[Unset, DbMetaSlurm]): Slurm information
    """

    plugin: Union[Unset, "DbMetaPlugin"] = UNSET
    slurm: Union[Unset, "DbMetaSlurm"] = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        plugin: Union[Unset, dict[str, Any]] = UNSET
        if not isinstance(self.plugin, Unset):
            plugin = self.plugin.to_dict()

        slurm: Union[Unset, dict[str, Any]] = UNSET
        if not isinstance(self.slurm, Unset):
            slurm = self.slurm.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if plugin is not UNSET:
            field_dict["plugin"] = plugin
        if slurm is not UNSET:
            field_dict["Slurm"] = slurm

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.db_meta_plugin import DbMetaPlugin
        from ..models.db_meta_slurm import DbMetaSlurm

        d = {k: v for k, v in src_dict.items() if v is not None}
        _plugin = d.pop("plugin", UNSET)
        plugin: Union[Unset, DbMetaPlugin]
        if isinstance(_plugin, Unset):
            plugin = UNSET
        else:
            plugin = DbMetaPlugin.from_dict(_plugin)

        _slurm = d.pop("Slurm", UNSET)
        slurm: Union[Unset, DbMetaSlurm]
        if isinstance(_slurm, Unset):
            slurm = UNSET
        else:
            slurm = DbMetaSlurm.from_dict(_slurm)

        _model = cls(
            plugin=plugin,
            slurm=slurm,
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
