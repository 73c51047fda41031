from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, Union, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.db_association_short_info import DbAssociationShortInfo
    from ..models.db_job_array import DbJobArray
    from ..models.db_job_comment import DbJobComment
    from ..models.db_job_exit_code import DbJobExitCode
    from ..models.db_job_het import DbJobHet
    from ..models.db_job_mcs import DbJobMcs
    from ..models.db_job_required import DbJobRequired
    from ..models.db_job_reservation import DbJobReservation
    from ..models.db_job_state import DbJobState
    from ..models.db_job_step import DbJobStep
    from ..models.db_job_time import DbJobTime
    from ..models.db_job_tres import DbJobTres
    from ..models.db_job_wckey import DbJobWckey


T = TypeVar("T", bound="DbJob")


@_attrs_define
class DbJob:
    """Single job description

    Attributes:
        account (Union[Unset, str]): Account charged by job
        comment (Union[Unset, DbJobComment]): Job comments by type
        allocation_nodes (Union[Unset, str]): Nodes allocated to job
        array (Union[Unset, DbJobArray]): Array properties (optional)
        time (Union[Unset, DbJobTime]): Time properties
        association (Union[Unset, DbAssociationShortInfo]):
        cluster (Union[Unset, str]): Assigned cluster
        constraints (Union[Unset, str]): Constraints on job
        derived_exit_code (Union[Unset, DbJobExitCode]):
        exit_code (Union[Unset, DbJobExitCode]):
        flags (Union[Unset, list[str]]): List of properties of job
        group (Union[Unset, str]): User's group to run job
        het (Union[Unset, DbJobHet]): Heterogeneous Job details (optional)
        job_id (Union[Unset, int]): Job id
        name (Union[Unset, str]): Assigned job name
        mcs (Union[Unset, DbJobMcs]): Multi-Category Security
        nodes (Union[Unset, str]): List of nodes allocated for job
        partition (Union[Unset, str]): Assigned job's partition
        priority (Union[Unset, int]): Priority
        qos (Union[Unset, str]): Assigned qos name
        required (Union[Unset, DbJobRequired]): Job run requirements
        kill_request_user (Union[Unset, str]): User who requested job killed
        reservation (Union[Unset, DbJobReservation]): Reservation usage details
        state (Union[Unset, DbJobState]): State properties of job
        steps (Union[Unset, list['DbJobStep']]): Job step description
        tres (Union[Unset, DbJobTres]): TRES settings
        user (Union[Unset, str]): Job user
        wckey (Union[Unset, DbJobWckey]): Job assigned wckey details
        working_directory (Union[Unset, str]): Directory where job was initially started
        container (Union[Unset, str]): absolute path to OCI container bundle
    """

    account: Union[Unset, str] = UNSET
    comment: Union[Unset, "DbJobComment"] = UNSET
    allocation_nodes: Union[Unset, str] = UNSET
    array: Union[Unset, "DbJobArray"] = UNSET
    time: Union[Unset, "DbJobTime"] = UNSET
    association: Union[Unset, "DbAssociationShortInfo"] = UNSET
    cluster: Union[Unset, str] = UNSET
    constraints: Union[Unset, str] = UNSET
    derived_exit_code: Union[Unset, "DbJobExitCode"] = UNSET
    exit_code: Union[Unset, "DbJobExitCode"] = UNSET
    flags: Union[Unset, list[str]] = UNSET
    group: Union[Unset, str] = UNSET
    het: Union[Unset, "DbJobHet"] = UNSET
    job_id: Union[Unset, int] = UNSET
    name: Union[Unset, str] = UNSET
    mcs: Union[Unset, "DbJobMcs"] = UNSET
    nodes: Union[Unset, str] = UNSET
    partition: Union[Unset, str] = UNSET
    priority: Union[Unset, int] = UNSET
    qos: Union[Unset, str] = UNSET
    required: Union[Unset, "DbJobRequired"] = UNSET
    kill_request_user: Union[Unset, str] = UNSET
    reservation: Union[Unset, "DbJobReservation"] = UNSET
    state: Union[Unset, "DbJobState"] = UNSET
    steps: Union[Unset, list["DbJobStep"]] = UNSET
    tres: Union[Unset, "DbJobTres"] = UNSET
    user: Union[Unset, str] = UNSET
    wckey: Union[Unset, "DbJobWckey"] = UNSET
    working_directory: Union[Unset, str] = UNSET
    container: Union[Unset, str] = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account = self.account

        comment: Union[Unset, dict[str, Any]] = UNSET
        if not isinstance(self.comment, Unset):
            comment = self.comment.to_dict()

        allocation_nodes = self.allocation_nodes

        array: Union[Unset, dict[str, Any]] = UNSET
        if not isinstance(self.array, Unset):
            array = self.array.to_dict()

        time: Union[Unset, dict[str, Any]] = UNSET
        if not isinstance(self.time, Unset):
            time = self.time.to_dict()

        association: Union[Unset, dict[str, Any]] = UNSET
        if not isinstance(self.association, Unset):
            association = self.association.to_dict()

        cluster = self.cluster

        constraints = self.constraints

        derived_exit_code: Union[Unset, dict[str, Any]] = UNSET
        if not isinstance(self.derived_exit_code, Unset):
            derived_exit_code = self.derived_exit_code.to_dict()

        exit_code: Union[Unset, dict[str, Any]] = UNSET
        if not isinstance(self.exit_code, Unset):
            exit_code = self.exit_code.to_dict()

        flags: Union[Unset, list[str]] = UNSET
        if not isinstance(self.flags, Unset):
            flags = self.flags

        group = self.group

        het: Union[Unset, dict[str, Any]] = UNSET
        if not isinstance(self.het, Unset):
            het = self.het.to_dict()

        job_id = self.job_id

        name = self.name

        mcs: Union[Unset, dict[str, Any]] = UNSET
        if not isinstance(self.mcs, Unset):
            mcs = self.mcs.to_dict()

        nodes = self.nodes

        partition = self.partition

        priority = self.priority

        qos = self.qos

        required: Union[Unset, dict[str, Any]] = UNSET
        if not isinstance(self.required, Unset):
            required = self.required.to_dict()

        kill_request_user = self.kill_request_user

        reservation: Union[Unset, dict[str, Any]] = UNSET
        if not isinstance(self.reservation, Unset):
            reservation = self.reservation.to_dict()

        state: Union[Unset, dict[str, Any]] = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.to_dict()

        steps: Union[Unset, list[dict[str, Any]]] = UNSET
        if not isinstance(self.steps, Unset):
            steps = []
            for steps_item_data in self.steps:
                steps_item = steps_item_data.to_dict()
                steps.append(steps_item)

        tres: Union[Unset, dict[str, Any]] = UNSET
        if not isinstance(self.tres, Unset):
            tres = self.tres.to_dict()

        user = self.user

        wckey: Union[Unset, dict[str, Any]] = UNSET
        if not isinstance(self.wckey, Unset):
            wckey = self.wckey.to_dict()

        working_directory = self.working_directory

        container = self.container

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account is not UNSET:
            field_dict["account"] = account
        if comment is not UNSET:
            field_dict["comment"] = comment
        if allocation_nodes is not UNSET:
            field_dict["allocation_nodes"] = allocation_nodes
        if array is not UNSET:
            field_dict["array"] = array
        if time is not UNSET:
            field_dict["time"] = time
        if association is not UNSET:
            field_dict["association"] = association
        if cluster is not UNSET:
            field_dict["cluster"] = cluster
        if constraints is not UNSET:
            field_dict["constraints"] = constraints
        if derived_exit_code is not UNSET:
            field_dict["derived_exit_code"] = derived_exit_code
        if exit_code is not UNSET:
            field_dict["exit_code"] = exit_code
        if flags is not UNSET:
            field_dict["flags"] = flags
        if group is not UNSET:
            field_dict["group"] = group
        if het is not UNSET:
            field_dict["het"] = het
        if job_id is not UNSET:
            field_dict["job_id"] = job_id
        if name is not UNSET:
            field_dict["name"] = name
        if mcs is not UNSET:
            field_dict["mcs"] = mcs
        if nodes is not UNSET:
            field_dict["nodes"] = nodes
        if partition is not UNSET:
            field_dict["partition"] = partition
        if priority is not UNSET:
            field_dict["priority"] = priority
        if qos is not UNSET:
            field_dict["qos"] = qos
        if required is not UNSET:
            field_dict["required"] = required
        if kill_request_user is not UNSET:
            field_dict["kill_request_user"] = kill_request_user
        if reservation is not UNSET:
            field_dict["reservation"] = reservation
        if state is not UNSET:
            field_dict["state"] = state
        if steps is not UNSET:
            field_dict["steps"] = steps
        if tres is not UNSET:
            field_dict["tres"] = tres
        if user is not UNSET:
            field_dict["user"] = user
        if wckey is not UNSET:
            field_dict["wckey"] = wckey
        if working_directory is not UNSET:
            field_dict["working_directory"] = working_directory
        if container is not UNSET:
            field_dict["container"] = container

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.db_association_short_info import DbAssociationShortInfo
        from ..models.db_job_array import DbJobArray
        from ..models.db_job_comment import DbJobComment
        from ..models.db_job_exit_code import DbJobExitCode
        from ..models.db_job_het import DbJobHet
        from ..models.db_job_mcs import DbJobMcs
        from ..models.db_job_required import DbJobRequired
        from ..models.db_job_reservation import DbJobReservation
        from ..models.db_job_state import DbJobState
        from ..models.db_job_step import DbJobStep
        from ..models.db_job_time import DbJobTime
        from ..models.db_job_tres import DbJobTres
        from ..models.db_job_wckey import DbJobWckey

        d = {k: v for k, v in src_dict.items() if v is not None}
        account = d.pop("account", UNSET)

        _comment = d.pop("comment", UNSET)
        comment: Union[Unset, DbJobComment]
        if isinstance(_comment, Unset):
            comment = UNSET
        else:
            comment = DbJobComment.from_dict(_comment)

        allocation_nodes = d.pop("allocation_nodes", UNSET)

        _array = d.pop("array", UNSET)
        array: Union[Unset, DbJobArray]
        if isinstance(_array, Unset):
            array = UNSET
        else:
            array = DbJobArray.from_dict(_array)

        _time = d.pop("time", UNSET)
        time: Union[Unset, DbJobTime]
        if isinstance(_time, Unset):
            time = UNSET
        else:
            time = DbJobTime.from_dict(_time)

        _association = d.pop("association", UNSET)
        association: Union[Unset, DbAssociationShortInfo]
        if isinstance(_association, Unset):
            association = UNSET
        else:
            association = DbAssociationShortInfo.from_dict(_association)

        cluster = d.pop("cluster", UNSET)

        constraints = d.pop("constraints", UNSET)

        _derived_exit_code = d.pop("derived_exit_code", UNSET)
        derived_exit_code: Union[Unset, DbJobExitCode]
        if isinstance(_derived_exit_code, Unset):
            derived_exit_code = UNSET
        else:
            derived_exit_code = DbJobExitCode.from_dict(_derived_exit_code)

        _exit_code = d.pop("exit_code", UNSET)
        exit_code: Union[Unset, DbJobExitCode]
        if isinstance(_exit_code, Unset):
            exit_code = UNSET
        else:
            exit_code = DbJobExitCode.from_dict(_exit_code)

        flags = cast(list[str], d.pop("flags", UNSET))

        group = d.pop("group", UNSET)

        _het = d.pop("het", UNSET)
        het: Union[Unset, DbJobHet]
        if isinstance(_het, Unset):
            het = UNSET
        else:
            het = DbJobHet.from_dict(_het)

        job_id = d.pop("job_id", UNSET)

        name = d.pop("name", UNSET)

        _mcs = d.pop("mcs", UNSET)
        mcs: Union[Unset, DbJobMcs]
        if isinstance(_mcs, Unset):
            mcs = UNSET
        else:
            mcs = DbJobMcs.from_dict(_mcs)

        nodes = d.pop("nodes", UNSET)

        partition = d.pop("partition", UNSET)

        priority = d.pop("priority", UNSET)

        qos = d.pop("qos", UNSET)

        _required = d.pop("required", UNSET)
        required: Union[Unset, DbJobRequired]
        if isinstance(_required, Unset):
            required = UNSET
        else:
            required = DbJobRequired.from_dict(_required)

        kill_request_user = d.pop("kill_request_user", UNSET)

        _reservation = d.pop("reservation", UNSET)
        reservation: Union[Unset, DbJobReservation]
        if isinstance(_reservation, Unset):
            reservation = UNSET
        else:
            reservation = DbJobReservation.from_dict(_reservation)

        _state = d.pop("state", UNSET)
        state: Union[Unset, DbJobState]
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = DbJobState.from_dict(_state)

        steps = []
        _steps = d.pop("steps", UNSET)
        for steps_item_data in _steps or []:
            steps_item = DbJobStep.from_dict(steps_item_data)

            steps.append(steps_item)

        _tres = d.pop("tres", UNSET)
        tres: Union[Unset, DbJobTres]
        if isinstance(_tres, Unset):
            tres = UNSET
        else:
            tres = DbJobTres.from_dict(_tres)

        user = d.pop("user", UNSET)

        _wckey = d.pop("wckey", UNSET)
        wckey: Union[Unset, DbJobWckey]
        if isinstance(_wckey, Unset):
            wckey = UNSET
        else:
            wckey = DbJobWckey.from_dict(_wckey)

        working_directory = d.pop("working_directory", UNSET)

        container = d.pop("container", UNSET)

        _model = cls(
            account=account,
            comment=comment,
            allocation_nodes=allocation_nodes,
            array=array,
            time=time,
            association=association,
            cluster=cluster,
            constraints=constraints,
            derived_exit_code=derived_exit_code,
            exit_code=exit_code,
            flags=flags,
            group=group,
            het=het,
            job_id=job_id,
            name=name,
            mcs=mcs,
            nodes=nodes,
            partition=partition,
            priority=priority,
            qos=qos,
            required=required,
            kill_request_user=kill_request_user,
            reservation=reservation,
            state=state,
            steps=steps,
            tres=tres,
            user=user,
            wckey=wckey,
            working_directory=working_directory,
            container=container,
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
