from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, Union, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.reservation_purge_completed import ReservationPurgeCompleted


T = TypeVar("T", bound="Reservation")


@_attrs_define
class Reservation:
    """
    Attributes:
        accounts (Union[Unset, str]): Allowed accounts
        burst_buffer (Union[Unset, str]): Reserved burst buffer
        core_count (Union[Unset, int]): Number of reserved cores
        core_spec_cnt (Union[Unset, int]): Number of reserved specialized cores
        end_time (Union[Unset, int]): End time of the reservation
        features (Union[Unset, str]): List of features
        flags (Union[Unset, list[str]]): Reservation options
        groups (Union[Unset, str]): List of groups permitted to use the reserved nodes
        licenses (Union[Unset, str]): List of licenses
        max_start_delay (Union[Unset, int]): Maximum delay in which jobs outside of the reservation will be permitted to
            overlap once any jobs are queued for the reservation
        name (Union[Unset, str]): Reservationn name
        node_count (Union[Unset, int]): Count of nodes reserved
        node_list (Union[Unset, str]): List of reserved nodes
        partition (Union[Unset, str]): Partition
        purge_completed (Union[Unset, ReservationPurgeCompleted]): If PURGE_COMP flag is set the amount of seconds this
            reservation will sit idle until it is revoked
        start_time (Union[Unset, int]): Start time of reservation
        watts (Union[Unset, int]): amount of power to reserve in watts
        tres (Union[Unset, str]): List of TRES
        users (Union[Unset, str]): List of users
    """

    accounts: Union[Unset, str] = UNSET
    burst_buffer: Union[Unset, str] = UNSET
    core_count: Union[Unset, int] = UNSET
    core_spec_cnt: Union[Unset, int] = UNSET
    end_time: Union[Unset, int] = UNSET
    features: Union[Unset, str] = UNSET
    flags: Union[Unset, list[str]] = UNSET
    groups: Union[Unset, str] = UNSET
    licenses: Union[Unset, str] = UNSET
    max_start_delay: Union[Unset, int] = UNSET
    name: Union[Unset, str] = UNSET
    node_count: Union[Unset, int] = UNSET
    node_list: Union[Unset, str] = UNSET
    partition: Union[Unset, str] = UNSET
    purge_completed: Union[Unset, "ReservationPurgeCompleted"] = UNSET
    start_time: Union[Unset, int] = UNSET
    watts: Union[Unset, int] = UNSET
    tres: Union[Unset, str] = UNSET
    users: Union[Unset, str] = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        accounts = self.accounts

        burst_buffer = self.burst_buffer

        core_count = self.core_count

        core_spec_cnt = self.core_spec_cnt

        end_time = self.end_time

        features = self.features

        flags: Union[Unset, list[str]] = UNSET
        if not isinstance(self.flags, Unset):
            flags = self.flags

        groups = self.groups

        licenses = self.licenses

        max_start_delay = self.max_start_delay

        name = self.name

        node_count = self.node_count

        node_list = self.node_list

        partition = self.partition

        purge_completed: Union[Unset, dict[str, Any]] = UNSET
        if not isinstance(self.purge_completed, Unset):
            purge_completed = self.purge_completed.to_dict()

        start_time = self.start_time

        watts = self.watts

        tres = self.tres

        users = self.users

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if accounts is not UNSET:
            field_dict["accounts"] = accounts
        if burst_buffer is not UNSET:
            field_dict["burst_buffer"] = burst_buffer
        if core_count is not UNSET:
            field_dict["core_count"] = core_count
        if core_spec_cnt is not UNSET:
            field_dict["core_spec_cnt"] = core_spec_cnt
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if features is not UNSET:
            field_dict["features"] = features
        if flags is not UNSET:
            field_dict["flags"] = flags
        if groups is not UNSET:
            field_dict["groups"] = groups
        if licenses is not UNSET:
            field_dict["licenses"] = licenses
        if max_start_delay is not UNSET:
            field_dict["max_start_delay"] = max_start_delay
        if name is not UNSET:
            field_dict["name"] = name
        if node_count is not UNSET:
            field_dict["node_count"] = node_count
        if node_list is not UNSET:
            field_dict["node_list"] = node_list
        if partition is not UNSET:
            field_dict["partition"] = partition
        if purge_completed is not UNSET:
            field_dict["purge_completed"] = purge_completed
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if watts is not UNSET:
            field_dict["watts"] = watts
        if tres is not UNSET:
            field_dict["tres"] = tres
        if users is not UNSET:
            field_dict["users"] = users

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.reservation_purge_completed import ReservationPurgeCompleted

        d = {k: v for k, v in src_dict.items() if v is not None}
        accounts = d.pop("accounts", UNSET)

        burst_buffer = d.pop("burst_buffer", UNSET)

        core_count = d.pop("core_count", UNSET)

        core_spec_cnt = d.pop("core_spec_cnt", UNSET)

        end_time = d.pop("end_time", UNSET)

        features = d.pop("features", UNSET)

        flags = cast(list[str], d.pop("flags", UNSET))

        groups = d.pop("groups", UNSET)

        licenses = d.pop("licenses", UNSET)

        max_start_delay = d.pop("max_start_delay", UNSET)

        name = d.pop("name", UNSET)

        node_count = d.pop("node_count", UNSET)

        node_list = d.pop("node_list", UNSET)

        partition = d.pop("partition", UNSET)

        _purge_completed = d.pop("purge_completed", UNSET)
        purge_completed: Union[Unset, ReservationPurgeCompleted]
        if isinstance(_purge_completed, Unset):
            purge_completed = UNSET
        else:
            purge_completed = ReservationPurgeCompleted.from_dict(_purge_completed)

        start_time = d.pop("start_time", UNSET)

        watts = d.pop("watts", UNSET)

        tres = d.pop("tres", UNSET)

        users = d.pop("users", UNSET)

        _model = cls(
            accounts=accounts,
            burst_buffer=burst_buffer,
            core_count=core_count,
            core_spec_cnt=core_spec_cnt,
            end_time=end_time,
            features=features,
            flags=flags,
            groups=groups,
            licenses=licenses,
            max_start_delay=max_start_delay,
            name=name,
            node_count=node_count,
            node_list=node_list,
            partition=partition,
            purge_completed=purge_completed,
            start_time=start_time,
            watts=watts,
            tres=tres,
            users=users,
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
