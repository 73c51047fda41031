from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, Union

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.node_gres_layout import NodeGresLayout
    from ..models.uint_32_no_val_struct import Uint32NoValStruct


T = TypeVar("T", bound="NodeResourceLayout")


@_attrs_define
class NodeResourceLayout:
    """
    Attributes:
        node (Union[Unset, str]): Node name
        sockets_per_node (Union[Unset, int]): Sockets per node
        cores_per_socket (Union[Unset, int]): Cores per socket
        mem_alloc (Union[Unset, int]): Allocated memory
        core_bitmap (Union[Unset, str]): Abstract core bitmap
        channel (Union[Unset, Uint32NoValStruct]):
        gres (Union[Unset, list['NodeGresLayout']]):
    """

    node: Union[Unset, str] = UNSET
    sockets_per_node: Union[Unset, int] = UNSET
    cores_per_socket: Union[Unset, int] = UNSET
    mem_alloc: Union[Unset, int] = UNSET
    core_bitmap: Union[Unset, str] = UNSET
    channel: Union[Unset, "Uint32NoValStruct"] = UNSET
    gres: Union[Unset, list["NodeGresLayout"]] = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        node = self.node

        sockets_per_node = self.sockets_per_node

        cores_per_socket = self.cores_per_socket

        mem_alloc = self.mem_alloc

        core_bitmap = self.core_bitmap

        channel: Union[Unset, dict[str, Any]] = UNSET
        if not isinstance(self.channel, Unset):
            channel = self.channel.to_dict()

        gres: Union[Unset, list[dict[str, Any]]] = UNSET
        if not isinstance(self.gres, Unset):
            gres = []
            for componentsschemasnode_gres_layout_list_item_data in self.gres:
                componentsschemasnode_gres_layout_list_item = componentsschemasnode_gres_layout_list_item_data.to_dict()
                gres.append(componentsschemasnode_gres_layout_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if node is not UNSET:
            field_dict["node"] = node
        if sockets_per_node is not UNSET:
            field_dict["sockets_per_node"] = sockets_per_node
        if cores_per_socket is not UNSET:
            field_dict["cores_per_socket"] = cores_per_socket
        if mem_alloc is not UNSET:
            field_dict["mem_alloc"] = mem_alloc
        if core_bitmap is not UNSET:
            field_dict["core_bitmap"] = core_bitmap
        if channel is not UNSET:
            field_dict["channel"] = channel
        if gres is not UNSET:
            field_dict["gres"] = gres

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.node_gres_layout import NodeGresLayout
        from ..models.uint_32_no_val_struct import Uint32NoValStruct

        d = {k: v for k, v in src_dict.items() if v is not None}
        node = d.pop("node", UNSET)

        sockets_per_node = d.pop("sockets_per_node", UNSET)

        cores_per_socket = d.pop("cores_per_socket", UNSET)

        mem_alloc = d.pop("mem_alloc", UNSET)

        core_bitmap = d.pop("core_bitmap", UNSET)

        _channel = d.pop("channel", UNSET)
        channel: Union[Unset, Uint32NoValStruct]
        if isinstance(_channel, Unset):
            channel = UNSET
        else:
            channel = Uint32NoValStruct.from_dict(_channel)

        gres = []
        _gres = d.pop("gres", UNSET)
        for componentsschemasnode_gres_layout_list_item_data in _gres or []:
            componentsschemasnode_gres_layout_list_item = NodeGresLayout.from_dict(
                componentsschemasnode_gres_layout_list_item_data
            )

            gres.append(componentsschemasnode_gres_layout_list_item)

        _model = cls(
            node=node,
            sockets_per_node=sockets_per_node,
            cores_per_socket=cores_per_socket,
            mem_alloc=mem_alloc,
            core_bitmap=core_bitmap,
            channel=channel,
            gres=gres,
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
