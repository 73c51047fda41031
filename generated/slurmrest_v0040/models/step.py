from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, Union, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.process_exit_code_verbose import ProcessExitCodeVerbose
    from ..models.step_cpu import StepCPU
    from ..models.step_nodes import StepNodes
    from ..models.step_statistics import StepStatistics
    from ..models.step_step import StepStep
    from ..models.step_task import StepTask
    from ..models.step_tasks import StepTasks
    from ..models.step_time import StepTime
    from ..models.step_tres import StepTres


T = TypeVar("T", bound="Step")


@_attrs_define
class Step:
    """
    Attributes:
        time (Union[Unset, StepTime]):
        exit_code (Union[Unset, ProcessExitCodeVerbose]):
        nodes (Union[Unset, StepNodes]):
        tasks (Union[Unset, StepTasks]):
        pid (Union[Unset, str]): Process ID
        cpu (Union[Unset, StepCPU]):
        kill_request_user (Union[Unset, str]): User ID that requested termination of the step
        state (Union[Unset, list[str]]):
        statistics (Union[Unset, StepStatistics]):
        step (Union[Unset, StepStep]):
        task (Union[Unset, StepTask]):
        tres (Union[Unset, StepTres]):
    """

    time: Union[Unset, "StepTime"] = UNSET
    exit_code: Union[Unset, "ProcessExitCodeVerbose"] = UNSET
    nodes: Union[Unset, "StepNodes"] = UNSET
    tasks: Union[Unset, "StepTasks"] = UNSET
    pid: Union[Unset, str] = UNSET
    cpu: Union[Unset, "StepCPU"] = UNSET
    kill_request_user: Union[Unset, str] = UNSET
    state: Union[Unset, list[str]] = UNSET
    statistics: Union[Unset, "StepStatistics"] = UNSET
    step: Union[Unset, "StepStep"] = UNSET
    task: Union[Unset, "StepTask"] = UNSET
    tres: Union[Unset, "StepTres"] = UNSET
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

        state: Union[Unset, list[str]] = UNSET
        if not isinstance(self.state, Unset):
            state = self.state

        statistics: Union[Unset, dict[str, Any]] = UNSET
        if not isinstance(self.statistics, Unset):
            statistics = self.statistics.to_dict()

        step: Union[Unset, dict[str, Any]] = UNSET
        if not isinstance(self.step, Unset):
            step = self.step.to_dict()

        task: Union[Unset, dict[str, Any]] = UNSET
        if not isinstance(self.task, Unset):
            task = self.task.to_dict()

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
        from ..models.process_exit_code_verbose import ProcessExitCodeVerbose
        from ..models.step_cpu import StepCPU
        from ..models.step_nodes import StepNodes
        from ..models.step_statistics import StepStatistics
        from ..models.step_step import StepStep
        from ..models.step_task import StepTask
        from ..models.step_tasks import StepTasks
        from ..models.step_time import StepTime
        from ..models.step_tres import StepTres

        d = {k: v for k, v in src_dict.items() if v is not None}
        _time = d.pop("time", UNSET)
        time: Union[Unset, StepTime]
        if isinstance(_time, Unset):
            time = UNSET
        else:
            time = StepTime.from_dict(_time)

        _exit_code = d.pop("exit_code", UNSET)
        exit_code: Union[Unset, ProcessExitCodeVerbose]
        if isinstance(_exit_code, Unset):
            exit_code = UNSET
        else:
            exit_code = ProcessExitCodeVerbose.from_dict(_exit_code)

        _nodes = d.pop("nodes", UNSET)
        nodes: Union[Unset, StepNodes]
        if isinstance(_nodes, Unset):
            nodes = UNSET
        else:
            nodes = StepNodes.from_dict(_nodes)

        _tasks = d.pop("tasks", UNSET)
        tasks: Union[Unset, StepTasks]
        if isinstance(_tasks, Unset):
            tasks = UNSET
        else:
            tasks = StepTasks.from_dict(_tasks)

        pid = d.pop("pid", UNSET)

        _cpu = d.pop("CPU", UNSET)
        cpu: Union[Unset, StepCPU]
        if isinstance(_cpu, Unset):
            cpu = UNSET
        else:
            cpu = StepCPU.from_dict(_cpu)

        kill_request_user = d.pop("kill_request_user", UNSET)

        state = cast(list[str], d.pop("state", UNSET))

        _statistics = d.pop("statistics", UNSET)
        statistics: Union[Unset, StepStatistics]
        if isinstance(_statistics, Unset):
            statistics = UNSET
        else:
            statistics = StepStatistics.from_dict(_statistics)

        _step = d.pop("step", UNSET)
        step: Union[Unset, StepStep]
        if isinstance(_step, Unset):
            step = UNSET
        else:
            step = StepStep.from_dict(_step)

        _task = d.pop("task", UNSET)
        task: Union[Unset, StepTask]
        if isinstance(_task, Unset):
            task = UNSET
        else:
            task = StepTask.from_dict(_task)

        _tres = d.pop("tres", UNSET)
        tres: Union[Unset, StepTres]
        if isinstance(_tres, Unset):
            tres = UNSET
        else:
            tres = StepTres.from_dict(_tres)

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
