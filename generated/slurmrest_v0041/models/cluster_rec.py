from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, Union, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cluster_rec_associations import ClusterRecAssociations
    from ..models.cluster_rec_controller import ClusterRecController
    from ..models.tres import Tres


T = TypeVar("T", bound="ClusterRec")


@_attrs_define
class ClusterRec:
    """
    Attributes:
        controller (Union[Unset, ClusterRecController]):
        flags (Union[Unset, list[str]]):
        name (Union[Unset, str]): ClusterName
        nodes (Union[Unset, str]): Node names
        select_plugin (Union[Unset, str]):
        associations (Union[Unset, ClusterRecAssociations]):
        rpc_version (Union[Unset, int]): RPC version used in the cluster
        tres (Union[Unset, list['Tres']]):
    """

    controller: Union[Unset, "ClusterRecController"] = UNSET
    flags: Union[Unset, list[str]] = UNSET
    name: Union[Unset, str] = UNSET
    nodes: Union[Unset, str] = UNSET
    select_plugin: Union[Unset, str] = UNSET
    associations: Union[Unset, "ClusterRecAssociations"] = UNSET
    rpc_version: Union[Unset, int] = UNSET
    tres: Union[Unset, list["Tres"]] = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        controller: Union[Unset, dict[str, Any]] = UNSET
        if not isinstance(self.controller, Unset):
            controller = self.controller.to_dict()

        flags: Union[Unset, list[str]] = UNSET
        if not isinstance(self.flags, Unset):
            flags = self.flags

        name = self.name

        nodes = self.nodes

        select_plugin = self.select_plugin

        associations: Union[Unset, dict[str, Any]] = UNSET
        if not isinstance(self.associations, Unset):
            associations = self.associations.to_dict()

        rpc_version = self.rpc_version

        tres: Union[Unset, list[dict[str, Any]]] = UNSET
        if not isinstance(self.tres, Unset):
            tres = []
            for componentsschemastres_list_item_data in self.tres:
                componentsschemastres_list_item = componentsschemastres_list_item_data.to_dict()
                tres.append(componentsschemastres_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if controller is not UNSET:
            field_dict["controller"] = controller
        if flags is not UNSET:
            field_dict["flags"] = flags
        if name is not UNSET:
            field_dict["name"] = name
        if nodes is not UNSET:
            field_dict["nodes"] = nodes
        if select_plugin is not UNSET:
            field_dict["select_plugin"] = select_plugin
        if associations is not UNSET:
            field_dict["associations"] = associations
        if rpc_version is not UNSET:
            field_dict["rpc_version"] = rpc_version
        if tres is not UNSET:
            field_dict["tres"] = tres

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cluster_rec_associations import ClusterRecAssociations
        from ..models.cluster_rec_controller import ClusterRecController
        from ..models.tres import Tres

        d = {k: v for k, v in src_dict.items() if v is not None}
        _controller = d.pop("controller", UNSET)
        controller: Union[Unset, ClusterRecController]
        if isinstance(_controller, Unset):
            controller = UNSET
        else:
            controller = ClusterRecController.from_dict(_controller)

        flags = cast(list[str], d.pop("flags", UNSET))

        name = d.pop("name", UNSET)

        nodes = d.pop("nodes", UNSET)

        select_plugin = d.pop("select_plugin", UNSET)

        _associations = d.pop("associations", UNSET)
        associations: Union[Unset, ClusterRecAssociations]
        if isinstance(_associations, Unset):
            associations = UNSET
        else:
            associations = ClusterRecAssociations.from_dict(_associations)

        rpc_version = d.pop("rpc_version", UNSET)

        tres = []
        _tres = d.pop("tres", UNSET)
        for componentsschemastres_list_item_data in _tres or []:
            componentsschemastres_list_item = Tres.from_dict(componentsschemastres_list_item_data)

            tres.append(componentsschemastres_list_item)

        _model = cls(
            controller=controller,
            flags=flags,
            name=name,
            nodes=nodes,
            select_plugin=select_plugin,
            associations=associations,
            rpc_version=rpc_version,
            tres=tres,
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
