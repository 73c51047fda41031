from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, Union, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.openapi_meta_client import OpenapiMetaClient
    from ..models.openapi_meta_plugin import OpenapiMetaPlugin
    from ..models.openapi_meta_slurm import OpenapiMetaSlurm


T = TypeVar("T", bound="OpenapiMeta")


@_attrs_define
class OpenapiMeta:
    """
    Attributes:
        plugin (Union[Unset, OpenapiMetaPlugin]):
        client (Union[Unset, OpenapiMetaClient]):
        command (Union[Unset, list[str]]):
        slurm (Union[Unset, OpenapiMetaSlurm]):
    """

    plugin: Union[Unset, "OpenapiMetaPlugin"] = UNSET
    client: Union[Unset, "OpenapiMetaClient"] = UNSET
    command: Union[Unset, list[str]] = UNSET
    slurm: Union[Unset, "OpenapiMetaSlurm"] = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        plugin: Union[Unset, dict[str, Any]] = UNSET
        if not isinstance(self.plugin, Unset):
            plugin = self.plugin.to_dict()

        client: Union[Unset, dict[str, Any]] = UNSET
        if not isinstance(self.client, Unset):
            client = self.client.to_dict()

        command: Union[Unset, list[str]] = UNSET
        if not isinstance(self.command, Unset):
            command = self.command

        slurm: Union[Unset, dict[str, Any]] = UNSET
        if not isinstance(self.slurm, Unset):
            slurm = self.slurm.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if plugin is not UNSET:
            field_dict["plugin"] = plugin
        if client is not UNSET:
            field_dict["client"] = client
        if command is not UNSET:
            field_dict["command"] = command
        if slurm is not UNSET:
            field_dict["slurm"] = slurm

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.openapi_meta_client import OpenapiMetaClient
        from ..models.openapi_meta_plugin import OpenapiMetaPlugin
        from ..models.openapi_meta_slurm import OpenapiMetaSlurm

        d = {k: v for k, v in src_dict.items() if v is not None}
        _plugin = d.pop("plugin", UNSET)
        plugin: Union[Unset, OpenapiMetaPlugin]
        if isinstance(_plugin, Unset):
            plugin = UNSET
        else:
            plugin = OpenapiMetaPlugin.from_dict(_plugin)

        _client = d.pop("client", UNSET)
        client: Union[Unset, OpenapiMetaClient]
        if isinstance(_client, Unset):
            client = UNSET
        else:
            client = OpenapiMetaClient.from_dict(_client)

        command = cast(list[str], d.pop("command", UNSET))

        _slurm = d.pop("slurm", UNSET)
        slurm: Union[Unset, OpenapiMetaSlurm]
        if isinstance(_slurm, Unset):
            slurm = UNSET
        else:
            slurm = OpenapiMetaSlurm.from_dict(_slurm)

        _model = cls(
            plugin=plugin,
            client=client,
            command=command,
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
