from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, Union

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.db_job_exit_code import DbJobExitCode
    from ..models.db_job_step_cpu import DbJobStepCPU
    from ..models.db_job_step_nodes import DbJobStepNodes
    from ..models.db_job_step_statistics import DbJobStepStatistics
    from ..models.db_job_step_step import DbJobStepStep
    from ..models.db_job_step_tasks import DbJobStepTasks
    from ..models.db_job_step_time import DbJobStepTime
    from ..models.db_job_step_tres import DbJobStepTres


T = TypeVar("T", bound="DbJobStep")


@_attrs_define
class DbJobStep:
    """
    Attributes:
        time (Union[Unset, DbJobStepTime]): Time properties
        exit_code (Union[Unset, DbJobExitCode]):
        nodes (Union[Unset, DbJobStepNodes]): Node details
        tasks (Union[Unset, DbJobStepTasks]): Task properties
        pid (Union[Unset, str]): First process PID
        cpu (Union[Unset, DbJobStepCPU]): CPU properties
        kill_request_user (Union[Unset, str]): User who requested job killed
        state (Union[Unset, str]): State of job step
        statistics (Union[Unset, DbJobStepStatistics]): Statistics of job step
        step (Union[Unset, DbJobStepStep]): Step details
        task (Union[Unset, str]): Task distribution properties
        tres (Union[Unset, DbJobStepTres]): TRES usage
    """

    time: Union[Unset, "DbJobStepTime"] = UNSET
    exit_code: Union[Unset, "DbJobExitCode"] = UNSET
    nodes: Union[Unset, "DbJobStepNodes"] = UNSET
    tasks: Union[Unset, "DbJobStepTasks"] = UNSET
    pid: Union[Unset, str] = UNSET
    cpu: Union[Unset, "DbJobStepCPU"] = UNSET
    kill_request_user: Union[Unset, str] = UNSET
    state: Union[Unset, str] = UNSET
    statistics: Union[Unset, "DbJobStepStatistics"] = UNSET
    step: Union[Unset, "DbJobStepStep"] = UNSET
    task: Union[Unset, str] = UNSET
    tres: Union[Unset, "DbJobStepTres"] = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        time: Union[Unset, dict[str, Any]] = UNSET
        if not isinstance(self.time, Unset):
            time = self.time.to_dict()

        exit_code: Union[Unset, dict[str, Any]] = UNSET
        if not isinstance(self.exit_code, Unset):
            exit_code = self.exit_code.to_dict()

        nodes: Union[Unset, dict[str, Any]] = UNSET
        if not isinstance(self.nodes, Unset):
            nodes = self.nodes.to_dict()

        tasks: Union[Unset, dict[str, Any]] = UNSET
        if not isinstance(self.tasks, Unset):
            tasks = self.tasks.to_dict()

        pid = self.pid

        cpu: Union[Unset, dict[str, Any]] = UNSET
        if not isinstance(self.cpu, Unset):
            cpu = self.cpu.to_dict()

        kill_request_user = self.kill_request_user

        state = self.state

        statistics: Union[Unset, dict[str, Any]] = UNSET
        if not isinstance(self.statistics, Unset):
            statistics = self.statistics.to_dict()

        step: Union[Unset, dict[str, Any]] = UNSET
        if not isinstance(self.step, Unset):
            step = self.step.to_dict()

        task = self.task

        tres: Union[Unset, dict[str, Any]] = UNSET
        if not isinstance(self.tres, Unset):
            tres = self.tres.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if time is not UNSET:
            field_dict["time"] = time
        if exit_code is not UNSET:
            field_dict["exit_code"] = exit_code
        if nodes is not UNSET:
            field_dict["nodes"] = nodes
        if tasks is not UNSET:
            field_dict["tasks"] = tasks
        if pid is not UNSET:
            field_dict["pid"] = pid
        if cpu is not UNSET:
            field_dict["CPU"] = cpu
        if kill_request_user is not UNSET:
            field_dict["kill_request_user"] = kill_request_user
        if state is not UNSET:
            field_dict["state"] = state
        if statistics is not UNSET:
            field_dict["statistics"] = statistics
        if step is not UNSET:
            field_dict["step"] = step
        if task is not UNSET:
            field_dict["task"] = task
        if tres is not UNSET:
            field_dict["tres"] = tres

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.db_job_exit_code import DbJobExitCode
        from ..models.db_job_step_cpu import DbJobStepCPU
        from ..models.db_job_step_nodes import DbJobStepNodes
        from ..models.db_job_step_statistics import DbJobStepStatistics
        from ..models.db_job_step_step import DbJobStepStep
        from ..models.db_job_step_tasks import DbJobStepTasks
        from ..models.db_job_step_time import DbJobStepTime
        from ..models.db_job_step_tres import DbJobStepTres

        d = {k: v for k, v in src_dict.items() if v is not None}
        _time = d.pop("time", UNSET)
        time: Union[Unset, DbJobStepTime]
        if isinstance(_time, Unset):
            time = UNSET
        else:
            time = DbJobStepTime.from_dict(_time)

        _exit_code = d.pop("exit_code", UNSET)
        exit_code: Union[Unset, DbJobExitCode]
        if isinstance(_exit_code, Unset):
            exit_code = UNSET
        else:
            exit_code = DbJobExitCode.from_dict(_exit_code)

        _nodes = d.pop("nodes", UNSET)
        nodes: Union[Unset, DbJobStepNodes]
        if isinstance(_nodes, Unset):
            nodes = UNSET
        else:
            nodes = DbJobStepNodes.from_dict(_nodes)

        _tasks = d.pop("tasks", UNSET)
        tasks: Union[Unset, DbJobStepTasks]
        if isinstance(_tasks, Unset):
            tasks = UNSET
        else:
            tasks = DbJobStepTasks.from_dict(_tasks)

        pid = d.pop("pid", UNSET)

        _cpu = d.pop("CPU", UNSET)
        cpu: Union[Unset, DbJobStepCPU]
        if isinstance(_cpu, Unset):
            cpu = UNSET
        else:
            cpu = DbJobStepCPU.from_dict(_cpu)

        kill_request_user = d.pop("kill_request_user", UNSET)

        state = d.pop("state", UNSET)

        _statistics = d.pop("statistics", UNSET)
        statistics: Union[Unset, DbJobStepStatistics]
        if isinstance(_statistics, Unset):
            statistics = UNSET
        else:
            statistics = DbJobStepStatistics.from_dict(_statistics)

        _step = d.pop("step", UNSET)
        step: Union[Unset, DbJobStepStep]
        if isinstance(_step, Unset):
            step = UNSET
        else:
            step = DbJobStepStep.from_dict(_step)

        task = d.pop("task", UNSET)

        _tres = d.pop("tres", UNSET)
        tres: Union[Unset, DbJobStepTres]
        if isinstance(_tres, Unset):
            tres = UNSET
        else:
            tres = DbJobStepTres.from_dict(_tres)

        _model = cls(
            time=time,
            exit_code=exit_code,
            nodes=nodes,
            tasks=tasks,
            pid=pid,
            cpu=cpu,
            kill_request_user=kill_request_user,
            state=state,
            statistics=statistics,
            step=step,
            task=task,
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
