from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, Union

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.uint_16_no_val_struct import Uint16NoValStruct
    from ..models.uint_32_no_val_struct import Uint32NoValStruct


T = TypeVar("T", bound="SlurmConfMeta")


@_attrs_define
class SlurmConfMeta:
    """
    Attributes:
        last_update (Union[Unset, int]): Last update time of the build parameters (UNIX timestamp or time string
            recognized by Slurm (e.g., '[MM/DD[/YY]-]HH:MM[:SS]'))
        boot_time (Union[Unset, int]): Time slurmctld last booted (UNIX timestamp or time string recognized by Slurm
            (e.g., '[MM/DD[/YY]-]HH:MM[:SS]'))
        cluster_id (Union[Unset, Uint16NoValStruct]):
        hash_value (Union[Unset, int]): Hash value of the slurm.conf file
        next_job_id (Union[Unset, Uint32NoValStruct]):
        slurm_conf (Union[Unset, str]): Pathname of slurm config file
        slurm_version (Union[Unset, str]): Version of slurmctld
    """

    last_update: Union[Unset, int] = UNSET
    boot_time: Union[Unset, int] = UNSET
    cluster_id: Union[Unset, "Uint16NoValStruct"] = UNSET
    hash_value: Union[Unset, int] = UNSET
    next_job_id: Union[Unset, "Uint32NoValStruct"] = UNSET
    slurm_conf: Union[Unset, str] = UNSET
    slurm_version: Union[Unset, str] = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        last_update = self.last_update

        boot_time = self.boot_time

        cluster_id: Union[Unset, dict[str, Any]] = UNSET
        if not isinstance(self.cluster_id, Unset):
            cluster_id = self.cluster_id.to_dict()

        hash_value = self.hash_value

        next_job_id: Union[Unset, dict[str, Any]] = UNSET
        if not isinstance(self.next_job_id, Unset):
            next_job_id = self.next_job_id.to_dict()

        slurm_conf = self.slurm_conf

        slurm_version = self.slurm_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if last_update is not UNSET:
            field_dict["LastUpdate"] = last_update
        if boot_time is not UNSET:
            field_dict["BOOT_TIME"] = boot_time
        if cluster_id is not UNSET:
            field_dict["ClusterId"] = cluster_id
        if hash_value is not UNSET:
            field_dict["HashValue"] = hash_value
        if next_job_id is not UNSET:
            field_dict["NEXT_JOB_ID"] = next_job_id
        if slurm_conf is not UNSET:
            field_dict["SLURM_CONF"] = slurm_conf
        if slurm_version is not UNSET:
            field_dict["SLURM_VERSION"] = slurm_version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.uint_16_no_val_struct import Uint16NoValStruct
        from ..models.uint_32_no_val_struct import Uint32NoValStruct

        d = {k: v for k, v in src_dict.items() if v is not None}
        last_update = d.pop("LastUpdate", UNSET)

        boot_time = d.pop("BOOT_TIME", UNSET)

        _cluster_id = d.pop("ClusterId", UNSET)
        cluster_id: Union[Unset, Uint16NoValStruct]
        if isinstance(_cluster_id, Unset):
            cluster_id = UNSET
        else:
            cluster_id = Uint16NoValStruct.from_dict(_cluster_id)

        hash_value = d.pop("HashValue", UNSET)

        _next_job_id = d.pop("NEXT_JOB_ID", UNSET)
        next_job_id: Union[Unset, Uint32NoValStruct]
        if isinstance(_next_job_id, Unset):
            next_job_id = UNSET
        else:
            next_job_id = Uint32NoValStruct.from_dict(_next_job_id)

        slurm_conf = d.pop("SLURM_CONF", UNSET)

        slurm_version = d.pop("SLURM_VERSION", UNSET)

        _model = cls(
            last_update=last_update,
            boot_time=boot_time,
            cluster_id=cluster_id,
            hash_value=hash_value,
            next_job_id=next_job_id,
            slurm_conf=slurm_conf,
            slurm_version=slurm_version,
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
