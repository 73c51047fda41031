from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, Union, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.job_resources import JobResources


T = TypeVar("T", bound="JobResponseProperties")


@_attrs_define
class JobResponseProperties:
    """
    Attributes:
        account (Union[Unset, str]): Charge resources used by this job to specified account
        accrue_time (Union[Unset, int]): time job is eligible for running
        admin_comment (Union[Unset, str]): administrator's arbitrary comment
        array_job_id (Union[Unset, int]): job_id of a job array or 0 if N/A
        array_task_id (Union[Unset, int]): task_id of a job array
        array_max_tasks (Union[Unset, int]): Maximum number of running array tasks
        array_task_string (Union[Unset, str]): string expression of task IDs in this record
        association_id (Union[Unset, int]): association id for job
        batch_features (Union[Unset, str]): features required for batch script's node
        batch_flag (Union[Unset, bool]): if batch: queued job with script
        batch_host (Union[Unset, str]): name of host running batch script
        flags (Union[Unset, list[str]]): Job flags
        burst_buffer (Union[Unset, str]): burst buffer specifications
        burst_buffer_state (Union[Unset, str]): burst buffer state info
        cluster (Union[Unset, str]): name of cluster that the job is on
        cluster_features (Union[Unset, str]): comma separated list of required cluster features
        command (Union[Unset, str]): command to be executed
        comment (Union[Unset, str]): arbitrary comment
        container (Union[Unset, str]): absolute path to OCI container bundle
        contiguous (Union[Unset, bool]): job requires contiguous nodes
        core_spec (Union[Unset, str]): specialized core count
        thread_spec (Union[Unset, str]): specialized thread count
        cores_per_socket (Union[Unset, str]): cores per socket required by job
        billable_tres (Union[Unset, float]): billable TRES
        cpus_per_task (Union[Unset, str]): number of processors required for each task
        cpu_frequency_minimum (Union[Unset, str]): Minimum cpu frequency
        cpu_frequency_maximum (Union[Unset, str]): Maximum cpu frequency
        cpu_frequency_governor (Union[Unset, str]): cpu frequency governor
        cpus_per_tres (Union[Unset, str]): semicolon delimited list of TRES=# values
        deadline (Union[Unset, int]): job start deadline
        delay_boot (Union[Unset, int]): command to be executed
        dependency (Union[Unset, str]): synchronize job execution with other jobs
        derived_exit_code (Union[Unset, int]): highest exit code of all job steps
        eligible_time (Union[Unset, int]): time job is eligible for running
        end_time (Union[Unset, int]): time of termination, actual or expected
        excluded_nodes (Union[Unset, str]): comma separated list of excluded nodes
        exit_code (Union[Unset, int]): exit code for job
        features (Union[Unset, str]): comma separated list of required features
        federation_origin (Union[Unset, str]): Origin cluster's name
        federation_siblings_active (Union[Unset, str]): string of active sibling names
        federation_siblings_viable (Union[Unset, str]): string of viable sibling names
        gres_detail (Union[Unset, list[str]]): Job flags
        group_id (Union[Unset, int]): group job submitted as
        job_id (Union[Unset, int]): job ID
        job_resources (Union[Unset, JobResources]):
        job_state (Union[Unset, str]): state of the job
        last_sched_evaluation (Union[Unset, int]): last time job was evaluated for scheduling
        licenses (Union[Unset, str]): licenses required by the job
        max_cpus (Union[Unset, int]): maximum number of cpus usable by job
        max_nodes (Union[Unset, int]): maximum number of nodes usable by job
        mcs_label (Union[Unset, str]): mcs_label if mcs plugin in use
        memory_per_tres (Union[Unset, str]): semicolon delimited list of TRES=# values
        name (Union[Unset, str]): name of the job
        nodes (Union[Unset, str]): list of nodes allocated to job
        nice (Union[Unset, int]): requested priority change
        tasks_per_core (Union[Unset, int]): number of tasks to invoke on each core
        tasks_per_socket (Union[Unset, int]): number of tasks to invoke on each socket
        tasks_per_board (Union[Unset, int]): number of tasks to invoke on each board
        cpus (Union[Unset, int]): minimum number of cpus required by job
        node_count (Union[Unset, int]): minimum number of nodes required by job
        tasks (Union[Unset, int]): requested task count
        het_job_id (Union[Unset, int]): job ID of hetjob leader
        het_job_id_set (Union[Unset, str]): job IDs for all components
        het_job_offset (Union[Unset, int]): HetJob component offset from leader
        partition (Union[Unset, str]): name of assigned partition
        memory_per_node (Union[Unset, int]): minimum real memory per node
        memory_per_cpu (Union[Unset, int]): minimum real memory per cpu
        minimum_cpus_per_node (Union[Unset, int]): minimum # CPUs per node
        minimum_tmp_disk_per_node (Union[Unset, int]): minimum tmp disk per node
        preempt_time (Union[Unset, int]): preemption signal time
        pre_sus_time (Union[Unset, int]): time job ran prior to last suspend
        priority (Union[Unset, int]): relative priority of the job
        profile (Union[Unset, list[str]]): Job profiling requested
        qos (Union[Unset, str]): Quality of Service
        reboot (Union[Unset, bool]): node reboot requested before start
        required_nodes (Union[Unset, str]): comma separated list of required nodes
        requeue (Union[Unset, bool]): enable or disable job requeue option
        resize_time (Union[Unset, int]): time of latest size change
        restart_cnt (Union[Unset, int]): count of job restarts
        resv_name (Union[Unset, str]): reservation name
        shared (Union[Unset, str]): type and if job can share nodes with other jobs
        show_flags (Union[Unset, list[str]]): details requested
        sockets_per_board (Union[Unset, int]): sockets per board required by job
        sockets_per_node (Union[Unset, int]): sockets per node required by job
        start_time (Union[Unset, int]): time execution begins, actual or expected
        state_description (Union[Unset, str]): optional details for state_reason
        state_reason (Union[Unset, str]): reason job still pending or failed
        standard_error (Union[Unset, str]): pathname of job's stderr file
        standard_input (Union[Unset, str]): pathname of job's stdin file
        standard_output (Union[Unset, str]): pathname of job's stdout file
        submit_time (Union[Unset, int]): time of job submission
        suspend_time (Union[Unset, int]): time job last suspended or resumed
        system_comment (Union[Unset, str]): slurmctld's arbitrary comment
        time_limit (Union[Unset, int]): maximum run time in minutes
        time_minimum (Union[Unset, int]): minimum run time in minutes
        threads_per_core (Union[Unset, int]): threads per core required by job
        tres_bind (Union[Unset, str]): Task to TRES binding directives
        tres_freq (Union[Unset, str]): TRES frequency directives
        tres_per_job (Union[Unset, str]): semicolon delimited list of TRES=# values
        tres_per_node (Union[Unset, str]): semicolon delimited list of TRES=# values
        tres_per_socket (Union[Unset, str]): semicolon delimited list of TRES=# values
        tres_per_task (Union[Unset, str]): semicolon delimited list of TRES=# values
        tres_req_str (Union[Unset, str]): tres requested in the job
        tres_alloc_str (Union[Unset, str]): tres used in the job
        user_id (Union[Unset, int]): user id the job runs as
        user_name (Union[Unset, str]): user the job runs as
        wckey (Union[Unset, str]): wckey for job
        current_working_directory (Union[Unset, str]): pathname of working directory
    """

    account: Union[Unset, str] = UNSET
    accrue_time: Union[Unset, int] = UNSET
    admin_comment: Union[Unset, str] = UNSET
    array_job_id: Union[Unset, int] = UNSET
    array_task_id: Union[Unset, int] = UNSET
    array_max_tasks: Union[Unset, int] = UNSET
    array_task_string: Union[Unset, str] = UNSET
    association_id: Union[Unset, int] = UNSET
    batch_features: Union[Unset, str] = UNSET
    batch_flag: Union[Unset, bool] = UNSET
    batch_host: Union[Unset, str] = UNSET
    flags: Union[Unset, list[str]] = UNSET
    burst_buffer: Union[Unset, str] = UNSET
    burst_buffer_state: Union[Unset, str] = UNSET
    cluster: Union[Unset, str] = UNSET
    cluster_features: Union[Unset, str] = UNSET
    command: Union[Unset, str] = UNSET
    comment: Union[Unset, str] = UNSET
    container: Union[Unset, str] = UNSET
    contiguous: Union[Unset, bool] = UNSET
    core_spec: Union[Unset, str] = UNSET
    thread_spec: Union[Unset, str] = UNSET
    cores_per_socket: Union[Unset, str] = UNSET
    billable_tres: Union[Unset, float] = UNSET
    cpus_per_task: Union[Unset, str] = UNSET
    cpu_frequency_minimum: Union[Unset, str] = UNSET
    cpu_frequency_maximum: Union[Unset, str] = UNSET
    cpu_frequency_governor: Union[Unset, str] = UNSET
    cpus_per_tres: Union[Unset, str] = UNSET
    deadline: Union[Unset, int] = UNSET
    delay_boot: Union[Unset, int] = UNSET
    dependency: Union[Unset, str] = UNSET
    derived_exit_code: Union[Unset, int] = UNSET
    eligible_time: Union[Unset, int] = UNSET
    end_time: Union[Unset, int] = UNSET
    excluded_nodes: Union[Unset, str] = UNSET
    exit_code: Union[Unset, int] = UNSET
    features: Union[Unset, str] = UNSET
    federation_origin: Union[Unset, str] = UNSET
    federation_siblings_active: Union[Unset, str] = UNSET
    federation_siblings_viable: Union[Unset, str] = UNSET
    gres_detail: Union[Unset, list[str]] = UNSET
    group_id: Union[Unset, int] = UNSET
    job_id: Union[Unset, int] = UNSET
    job_resources: Union[Unset, "JobResources"] = UNSET
    job_state: Union[Unset, str] = UNSET
    last_sched_evaluation: Union[Unset, int] = UNSET
    licenses: Union[Unset, str] = UNSET
    max_cpus: Union[Unset, int] = UNSET
    max_nodes: Union[Unset, int] = UNSET
    mcs_label: Union[Unset, str] = UNSET
    memory_per_tres: Union[Unset, str] = UNSET
    name: Union[Unset, str] = UNSET
    nodes: Union[Unset, str] = UNSET
    nice: Union[Unset, int] = UNSET
    tasks_per_core: Union[Unset, int] = UNSET
    tasks_per_socket: Union[Unset, int] = UNSET
    tasks_per_board: Union[Unset, int] = UNSET
    cpus: Union[Unset, int] = UNSET
    node_count: Union[Unset, int] = UNSET
    tasks: Union[Unset, int] = UNSET
    het_job_id: Union[Unset, int] = UNSET
    het_job_id_set: Union[Unset, str] = UNSET
    het_job_offset: Union[Unset, int] = UNSET
    partition: Union[Unset, str] = UNSET
    memory_per_node: Union[Unset, int] = UNSET
    memory_per_cpu: Union[Unset, int] = UNSET
    minimum_cpus_per_node: Union[Unset, int] = UNSET
    minimum_tmp_disk_per_node: Union[Unset, int] = UNSET
    preempt_time: Union[Unset, int] = UNSET
    pre_sus_time: Union[Unset, int] = UNSET
    priority: Union[Unset, int] = UNSET
    profile: Union[Unset, list[str]] = UNSET
    qos: Union[Unset, str] = UNSET
    reboot: Union[Unset, bool] = UNSET
    required_nodes: Union[Unset, str] = UNSET
    requeue: Union[Unset, bool] = UNSET
    resize_time: Union[Unset, int] = UNSET
    restart_cnt: Union[Unset, int] = UNSET
    resv_name: Union[Unset, str] = UNSET
    shared: Union[Unset, str] = UNSET
    show_flags: Union[Unset, list[str]] = UNSET
    sockets_per_board: Union[Unset, int] = UNSET
    sockets_per_node: Union[Unset, int] = UNSET
    start_time: Union[Unset, int] = UNSET
    state_description: Union[Unset, str] = UNSET
    state_reason: Union[Unset, str] = UNSET
    standard_error: Union[Unset, str] = UNSET
    standard_input: Union[Unset, str] = UNSET
    standard_output: Union[Unset, str] = UNSET
    submit_time: Union[Unset, int] = UNSET
    suspend_time: Union[Unset, int] = UNSET
    system_comment: Union[Unset, str] = UNSET
    time_limit: Union[Unset, int] = UNSET
    time_minimum: Union[Unset, int] = UNSET
    threads_per_core: Union[Unset, int] = UNSET
    tres_bind: Union[Unset, str] = UNSET
    tres_freq: Union[Unset, str] = UNSET
    tres_per_job: Union[Unset, str] = UNSET
    tres_per_node: Union[Unset, str] = UNSET
    tres_per_socket: Union[Unset, str] = UNSET
    tres_per_task: Union[Unset, str] = UNSET
    tres_req_str: Union[Unset, str] = UNSET
    tres_alloc_str: Union[Unset, str] = UNSET
    user_id: Union[Unset, int] = UNSET
    user_name: Union[Unset, str] = UNSET
    wckey: Union[Unset, str] = UNSET
    current_working_directory: Union[Unset, str] = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account = self.account

        accrue_time = self.accrue_time

        admin_comment = self.admin_comment

        array_job_id = self.array_job_id

        array_task_id = self.array_task_id

        array_max_tasks = self.array_max_tasks

        array_task_string = self.array_task_string

        association_id = self.association_id

        batch_features = self.batch_features

        batch_flag = self.batch_flag

        batch_host = self.batch_host

        flags: Union[Unset, list[str]] = UNSET
        if not isinstance(self.flags, Unset):
            flags = self.flags

        burst_buffer = self.burst_buffer

        burst_buffer_state = self.burst_buffer_state

        cluster = self.cluster

        cluster_features = self.cluster_features

        command = self.command

        comment = self.comment

        container = self.container

        contiguous = self.contiguous

        core_spec = self.core_spec

        thread_spec = self.thread_spec

        cores_per_socket = self.cores_per_socket

        billable_tres = self.billable_tres

        cpus_per_task = self.cpus_per_task

        cpu_frequency_minimum = self.cpu_frequency_minimum

        cpu_frequency_maximum = self.cpu_frequency_maximum

        cpu_frequency_governor = self.cpu_frequency_governor

        cpus_per_tres = self.cpus_per_tres

        deadline = self.deadline

        delay_boot = self.delay_boot

        dependency = self.dependency

        derived_exit_code = self.derived_exit_code

        eligible_time = self.eligible_time

        end_time = self.end_time

        excluded_nodes = self.excluded_nodes

        exit_code = self.exit_code

        features = self.features

        federation_origin = self.federation_origin

        federation_siblings_active = self.federation_siblings_active

        federation_siblings_viable = self.federation_siblings_viable

        gres_detail: Union[Unset, list[str]] = UNSET
        if not isinstance(self.gres_detail, Unset):
            gres_detail = self.gres_detail

        group_id = self.group_id

        job_id = self.job_id

        job_resources: Union[Unset, dict[str, Any]] = UNSET
        if not isinstance(self.job_resources, Unset):
            job_resources = self.job_resources.to_dict()

        job_state = self.job_state

        last_sched_evaluation = self.last_sched_evaluation

        licenses = self.licenses

        max_cpus = self.max_cpus

        max_nodes = self.max_nodes

        mcs_label = self.mcs_label

        memory_per_tres = self.memory_per_tres

        name = self.name

        nodes = self.nodes

        nice = self.nice

        tasks_per_core = self.tasks_per_core

        tasks_per_socket = self.tasks_per_socket

        tasks_per_board = self.tasks_per_board

        cpus = self.cpus

        node_count = self.node_count

        tasks = self.tasks

        het_job_id = self.het_job_id

        het_job_id_set = self.het_job_id_set

        het_job_offset = self.het_job_offset

        partition = self.partition

        memory_per_node = self.memory_per_node

        memory_per_cpu = self.memory_per_cpu

        minimum_cpus_per_node = self.minimum_cpus_per_node

        minimum_tmp_disk_per_node = self.minimum_tmp_disk_per_node

        preempt_time = self.preempt_time

        pre_sus_time = self.pre_sus_time

        priority = self.priority

        profile: Union[Unset, list[str]] = UNSET
        if not isinstance(self.profile, Unset):
            profile = self.profile

        qos = self.qos

        reboot = self.reboot

        required_nodes = self.required_nodes

        requeue = self.requeue

        resize_time = self.resize_time

        restart_cnt = self.restart_cnt

        resv_name = self.resv_name

        shared = self.shared

        show_flags: Union[Unset, list[str]] = UNSET
        if not isinstance(self.show_flags, Unset):
            show_flags = self.show_flags

        sockets_per_board = self.sockets_per_board

        sockets_per_node = self.sockets_per_node

        start_time = self.start_time

        state_description = self.state_description

        state_reason = self.state_reason

        standard_error = self.standard_error

        standard_input = self.standard_input

        standard_output = self.standard_output

        submit_time = self.submit_time

        suspend_time = self.suspend_time

        system_comment = self.system_comment

        time_limit = self.time_limit

        time_minimum = self.time_minimum

        threads_per_core = self.threads_per_core

        tres_bind = self.tres_bind

        tres_freq = self.tres_freq

        tres_per_job = self.tres_per_job

        tres_per_node = self.tres_per_node

        tres_per_socket = self.tres_per_socket

        tres_per_task = self.tres_per_task

        tres_req_str = self.tres_req_str

        tres_alloc_str = self.tres_alloc_str

        user_id = self.user_id

        user_name = self.user_name

        wckey = self.wckey

        current_working_directory = self.current_working_directory

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account is not UNSET:
            field_dict["account"] = account
        if accrue_time is not UNSET:
            field_dict["accrue_time"] = accrue_time
        if admin_comment is not UNSET:
            field_dict["admin_comment"] = admin_comment
        if array_job_id is not UNSET:
            field_dict["array_job_id"] = array_job_id
        if array_task_id is not UNSET:
            field_dict["array_task_id"] = array_task_id
        if array_max_tasks is not UNSET:
            field_dict["array_max_tasks"] = array_max_tasks
        if array_task_string is not UNSET:
            field_dict["array_task_string"] = array_task_string
        if association_id is not UNSET:
            field_dict["association_id"] = association_id
        if batch_features is not UNSET:
            field_dict["batch_features"] = batch_features
        if batch_flag is not UNSET:
            field_dict["batch_flag"] = batch_flag
        if batch_host is not UNSET:
            field_dict["batch_host"] = batch_host
        if flags is not UNSET:
            field_dict["flags"] = flags
        if burst_buffer is not UNSET:
            field_dict["burst_buffer"] = burst_buffer
        if burst_buffer_state is not UNSET:
            field_dict["burst_buffer_state"] = burst_buffer_state
        if cluster is not UNSET:
            field_dict["cluster"] = cluster
        if cluster_features is not UNSET:
            field_dict["cluster_features"] = cluster_features
        if command is not UNSET:
            field_dict["command"] = command
        if comment is not UNSET:
            field_dict["comment"] = comment
        if container is not UNSET:
            field_dict["container"] = container
        if contiguous is not UNSET:
            field_dict["contiguous"] = contiguous
        if core_spec is not UNSET:
            field_dict["core_spec"] = core_spec
        if thread_spec is not UNSET:
            field_dict["thread_spec"] = thread_spec
        if cores_per_socket is not UNSET:
            field_dict["cores_per_socket"] = cores_per_socket
        if billable_tres is not UNSET:
            field_dict["billable_tres"] = billable_tres
        if cpus_per_task is not UNSET:
            field_dict["cpus_per_task"] = cpus_per_task
        if cpu_frequency_minimum is not UNSET:
            field_dict["cpu_frequency_minimum"] = cpu_frequency_minimum
        if cpu_frequency_maximum is not UNSET:
            field_dict["cpu_frequency_maximum"] = cpu_frequency_maximum
        if cpu_frequency_governor is not UNSET:
            field_dict["cpu_frequency_governor"] = cpu_frequency_governor
        if cpus_per_tres is not UNSET:
            field_dict["cpus_per_tres"] = cpus_per_tres
        if deadline is not UNSET:
            field_dict["deadline"] = deadline
        if delay_boot is not UNSET:
            field_dict["delay_boot"] = delay_boot
        if dependency is not UNSET:
            field_dict["dependency"] = dependency
        if derived_exit_code is not UNSET:
            field_dict["derived_exit_code"] = derived_exit_code
        if eligible_time is not UNSET:
            field_dict["eligible_time"] = eligible_time
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if excluded_nodes is not UNSET:
            field_dict["excluded_nodes"] = excluded_nodes
        if exit_code is not UNSET:
            field_dict["exit_code"] = exit_code
        if features is not UNSET:
            field_dict["features"] = features
        if federation_origin is not UNSET:
            field_dict["federation_origin"] = federation_origin
        if federation_siblings_active is not UNSET:
            field_dict["federation_siblings_active"] = federation_siblings_active
        if federation_siblings_viable is not UNSET:
            field_dict["federation_siblings_viable"] = federation_siblings_viable
        if gres_detail is not UNSET:
            field_dict["gres_detail"] = gres_detail
        if group_id is not UNSET:
            field_dict["group_id"] = group_id
        if job_id is not UNSET:
            field_dict["job_id"] = job_id
        if job_resources is not UNSET:
            field_dict["job_resources"] = job_resources
        if job_state is not UNSET:
            field_dict["job_state"] = job_state
        if last_sched_evaluation is not UNSET:
            field_dict["last_sched_evaluation"] = last_sched_evaluation
        if licenses is not UNSET:
            field_dict["licenses"] = licenses
        if max_cpus is not UNSET:
            field_dict["max_cpus"] = max_cpus
        if max_nodes is not UNSET:
            field_dict["max_nodes"] = max_nodes
        if mcs_label is not UNSET:
            field_dict["mcs_label"] = mcs_label
        if memory_per_tres is not UNSET:
            field_dict["memory_per_tres"] = memory_per_tres
        if name is not UNSET:
            field_dict["name"] = name
        if nodes is not UNSET:
            field_dict["nodes"] = nodes
        if nice is not UNSET:
            field_dict["nice"] = nice
        if tasks_per_core is not UNSET:
            field_dict["tasks_per_core"] = tasks_per_core
        if tasks_per_socket is not UNSET:
            field_dict["tasks_per_socket"] = tasks_per_socket
        if tasks_per_board is not UNSET:
            field_dict["tasks_per_board"] = tasks_per_board
        if cpus is not UNSET:
            field_dict["cpus"] = cpus
        if node_count is not UNSET:
            field_dict["node_count"] = node_count
        if tasks is not UNSET:
            field_dict["tasks"] = tasks
        if het_job_id is not UNSET:
            field_dict["het_job_id"] = het_job_id
        if het_job_id_set is not UNSET:
            field_dict["het_job_id_set"] = het_job_id_set
        if het_job_offset is not UNSET:
            field_dict["het_job_offset"] = het_job_offset
        if partition is not UNSET:
            field_dict["partition"] = partition
        if memory_per_node is not UNSET:
            field_dict["memory_per_node"] = memory_per_node
        if memory_per_cpu is not UNSET:
            field_dict["memory_per_cpu"] = memory_per_cpu
        if minimum_cpus_per_node is not UNSET:
            field_dict["minimum_cpus_per_node"] = minimum_cpus_per_node
        if minimum_tmp_disk_per_node is not UNSET:
            field_dict["minimum_tmp_disk_per_node"] = minimum_tmp_disk_per_node
        if preempt_time is not UNSET:
            field_dict["preempt_time"] = preempt_time
        if pre_sus_time is not UNSET:
            field_dict["pre_sus_time"] = pre_sus_time
        if priority is not UNSET:
            field_dict["priority"] = priority
        if profile is not UNSET:
            field_dict["profile"] = profile
        if qos is not UNSET:
            field_dict["qos"] = qos
        if reboot is not UNSET:
            field_dict["reboot"] = reboot
        if required_nodes is not UNSET:
            field_dict["required_nodes"] = required_nodes
        if requeue is not UNSET:
            field_dict["requeue"] = requeue
        if resize_time is not UNSET:
            field_dict["resize_time"] = resize_time
        if restart_cnt is not UNSET:
            field_dict["restart_cnt"] = restart_cnt
        if resv_name is not UNSET:
            field_dict["resv_name"] = resv_name
        if shared is not UNSET:
            field_dict["shared"] = shared
        if show_flags is not UNSET:
            field_dict["show_flags"] = show_flags
        if sockets_per_board is not UNSET:
            field_dict["sockets_per_board"] = sockets_per_board
        if sockets_per_node is not UNSET:
            field_dict["sockets_per_node"] = sockets_per_node
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if state_description is not UNSET:
            field_dict["state_description"] = state_description
        if state_reason is not UNSET:
            field_dict["state_reason"] = state_reason
        if standard_error is not UNSET:
            field_dict["standard_error"] = standard_error
        if standard_input is not UNSET:
            field_dict["standard_input"] = standard_input
        if standard_output is not UNSET:
            field_dict["standard_output"] = standard_output
        if submit_time is not UNSET:
            field_dict["submit_time"] = submit_time
        if suspend_time is not UNSET:
            field_dict["suspend_time"] = suspend_time
        if system_comment is not UNSET:
            field_dict["system_comment"] = system_comment
        if time_limit is not UNSET:
            field_dict["time_limit"] = time_limit
        if time_minimum is not UNSET:
            field_dict["time_minimum"] = time_minimum
        if threads_per_core is not UNSET:
            field_dict["threads_per_core"] = threads_per_core
        if tres_bind is not UNSET:
            field_dict["tres_bind"] = tres_bind
        if tres_freq is not UNSET:
            field_dict["tres_freq"] = tres_freq
        if tres_per_job is not UNSET:
            field_dict["tres_per_job"] = tres_per_job
        if tres_per_node is not UNSET:
            field_dict["tres_per_node"] = tres_per_node
        if tres_per_socket is not UNSET:
            field_dict["tres_per_socket"] = tres_per_socket
        if tres_per_task is not UNSET:
            field_dict["tres_per_task"] = tres_per_task
        if tres_req_str is not UNSET:
            field_dict["tres_req_str"] = tres_req_str
        if tres_alloc_str is not UNSET:
            field_dict["tres_alloc_str"] = tres_alloc_str
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if user_name is not UNSET:
            field_dict["user_name"] = user_name
        if wckey is not UNSET:
            field_dict["wckey"] = wckey
        if current_working_directory is not UNSET:
            field_dict["current_working_directory"] = current_working_directory

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.job_resources import JobResources

        d = {k: v for k, v in src_dict.items() if v is not None}
        account = d.pop("account", UNSET)

        accrue_time = d.pop("accrue_time", UNSET)

        admin_comment = d.pop("admin_comment", UNSET)

        array_job_id = d.pop("array_job_id", UNSET)

        array_task_id = d.pop("array_task_id", UNSET)

        array_max_tasks = d.pop("array_max_tasks", UNSET)

        array_task_string = d.pop("array_task_string", UNSET)

        association_id = d.pop("association_id", UNSET)

        batch_features = d.pop("batch_features", UNSET)

        batch_flag = d.pop("batch_flag", UNSET)

        batch_host = d.pop("batch_host", UNSET)

        flags = cast(list[str], d.pop("flags", UNSET))

        burst_buffer = d.pop("burst_buffer", UNSET)

        burst_buffer_state = d.pop("burst_buffer_state", UNSET)

        cluster = d.pop("cluster", UNSET)

        cluster_features = d.pop("cluster_features", UNSET)

        command = d.pop("command", UNSET)

        comment = d.pop("comment", UNSET)

        container = d.pop("container", UNSET)

        contiguous = d.pop("contiguous", UNSET)

        core_spec = d.pop("core_spec", UNSET)

        thread_spec = d.pop("thread_spec", UNSET)

        cores_per_socket = d.pop("cores_per_socket", UNSET)

        billable_tres = d.pop("billable_tres", UNSET)

        cpus_per_task = d.pop("cpus_per_task", UNSET)

        cpu_frequency_minimum = d.pop("cpu_frequency_minimum", UNSET)

        cpu_frequency_maximum = d.pop("cpu_frequency_maximum", UNSET)

        cpu_frequency_governor = d.pop("cpu_frequency_governor", UNSET)

        cpus_per_tres = d.pop("cpus_per_tres", UNSET)

        deadline = d.pop("deadline", UNSET)

        delay_boot = d.pop("delay_boot", UNSET)

        dependency = d.pop("dependency", UNSET)

        derived_exit_code = d.pop("derived_exit_code", UNSET)

        eligible_time = d.pop("eligible_time", UNSET)

        end_time = d.pop("end_time", UNSET)

        excluded_nodes = d.pop("excluded_nodes", UNSET)

        exit_code = d.pop("exit_code", UNSET)

        features = d.pop("features", UNSET)

        federation_origin = d.pop("federation_origin", UNSET)

        federation_siblings_active = d.pop("federation_siblings_active", UNSET)

        federation_siblings_viable = d.pop("federation_siblings_viable", UNSET)

        gres_detail = cast(list[str], d.pop("gres_detail", UNSET))

        group_id = d.pop("group_id", UNSET)

        job_id = d.pop("job_id", UNSET)

        _job_resources = d.pop("job_resources", UNSET)
        job_resources: Union[Unset, JobResources]
        if isinstance(_job_resources, Unset):
            job_resources = UNSET
        else:
            job_resources = JobResources.from_dict(_job_resources)

        job_state = d.pop("job_state", UNSET)

        last_sched_evaluation = d.pop("last_sched_evaluation", UNSET)

        licenses = d.pop("licenses", UNSET)

        max_cpus = d.pop("max_cpus", UNSET)

        max_nodes = d.pop("max_nodes", UNSET)

        mcs_label = d.pop("mcs_label", UNSET)

        memory_per_tres = d.pop("memory_per_tres", UNSET)

        name = d.pop("name", UNSET)

        nodes = d.pop("nodes", UNSET)

        nice = d.pop("nice", UNSET)

        tasks_per_core = d.pop("tasks_per_core", UNSET)

        tasks_per_socket = d.pop("tasks_per_socket", UNSET)

        tasks_per_board = d.pop("tasks_per_board", UNSET)

        cpus = d.pop("cpus", UNSET)

        node_count = d.pop("node_count", UNSET)

        tasks = d.pop("tasks", UNSET)

        het_job_id = d.pop("het_job_id", UNSET)

        het_job_id_set = d.pop("het_job_id_set", UNSET)

        het_job_offset = d.pop("het_job_offset", UNSET)

        partition = d.pop("partition", UNSET)

        memory_per_node = d.pop("memory_per_node", UNSET)

        memory_per_cpu = d.pop("memory_per_cpu", UNSET)

        minimum_cpus_per_node = d.pop("minimum_cpus_per_node", UNSET)

        minimum_tmp_disk_per_node = d.pop("minimum_tmp_disk_per_node", UNSET)

        preempt_time = d.pop("preempt_time", UNSET)

        pre_sus_time = d.pop("pre_sus_time", UNSET)

        priority = d.pop("priority", UNSET)

        profile = cast(list[str], d.pop("profile", UNSET))

        qos = d.pop("qos", UNSET)

        reboot = d.pop("reboot", UNSET)

        required_nodes = d.pop("required_nodes", UNSET)

        requeue = d.pop("requeue", UNSET)

        resize_time = d.pop("resize_time", UNSET)

        restart_cnt = d.pop("restart_cnt", UNSET)

        resv_name = d.pop("resv_name", UNSET)

        shared = d.pop("shared", UNSET)

        show_flags = cast(list[str], d.pop("show_flags", UNSET))

        sockets_per_board = d.pop("sockets_per_board", UNSET)

        sockets_per_node = d.pop("sockets_per_node", UNSET)

        start_time = d.pop("start_time", UNSET)

        state_description = d.pop("state_description", UNSET)

        state_reason = d.pop("state_reason", UNSET)

        standard_error = d.pop("standard_error", UNSET)

        standard_input = d.pop("standard_input", UNSET)

        standard_output = d.pop("standard_output", UNSET)

        submit_time = d.pop("submit_time", UNSET)

        suspend_time = d.pop("suspend_time", UNSET)

        system_comment = d.pop("system_comment", UNSET)

        time_limit = d.pop("time_limit", UNSET)

        time_minimum = d.pop("time_minimum", UNSET)

        threads_per_core = d.pop("threads_per_core", UNSET)

        tres_bind = d.pop("tres_bind", UNSET)

        tres_freq = d.pop("tres_freq", UNSET)

        tres_per_job = d.pop("tres_per_job", UNSET)

        tres_per_node = d.pop("tres_per_node", UNSET)

        tres_per_socket = d.pop("tres_per_socket", UNSET)

        tres_per_task = d.pop("tres_per_task", UNSET)

        tres_req_str = d.pop("tres_req_str", UNSET)

        tres_alloc_str = d.pop("tres_alloc_str", UNSET)

        user_id = d.pop("user_id", UNSET)

        user_name = d.pop("user_name", UNSET)

        wckey = d.pop("wckey", UNSET)

        current_working_directory = d.pop("current_working_directory", UNSET)

        _model = cls(
            account=account,
            accrue_time=accrue_time,
            admin_comment=admin_comment,
            array_job_id=array_job_id,
            array_task_id=array_task_id,
            array_max_tasks=array_max_tasks,
            array_task_string=array_task_string,
            association_id=association_id,
            batch_features=batch_features,
            batch_flag=batch_flag,
            batch_host=batch_host,
            flags=flags,
            burst_buffer=burst_buffer,
            burst_buffer_state=burst_buffer_state,
            cluster=cluster,
            cluster_features=cluster_features,
            command=command,
            comment=comment,
            container=container,
            contiguous=contiguous,
            core_spec=core_spec,
            thread_spec=thread_spec,
            cores_per_socket=cores_per_socket,
            billable_tres=billable_tres,
            cpus_per_task=cpus_per_task,
            cpu_frequency_minimum=cpu_frequency_minimum,
            cpu_frequency_maximum=cpu_frequency_maximum,
            cpu_frequency_governor=cpu_frequency_governor,
            cpus_per_tres=cpus_per_tres,
            deadline=deadline,
            delay_boot=delay_boot,
            dependency=dependency,
            derived_exit_code=derived_exit_code,
            eligible_time=eligible_time,
            end_time=end_time,
            excluded_nodes=excluded_nodes,
            exit_code=exit_code,
            features=features,
            federation_origin=federation_origin,
            federation_siblings_active=federation_siblings_active,
            federation_siblings_viable=federation_siblings_viable,
            gres_detail=gres_detail,
            group_id=group_id,
            job_id=job_id,
            job_resources=job_resources,
            job_state=job_state,
            last_sched_evaluation=last_sched_evaluation,
            licenses=licenses,
            max_cpus=max_cpus,
            max_nodes=max_nodes,
            mcs_label=mcs_label,
            memory_per_tres=memory_per_tres,
            name=name,
            nodes=nodes,
            nice=nice,
            tasks_per_core=tasks_per_core,
            tasks_per_socket=tasks_per_socket,
            tasks_per_board=tasks_per_board,
            cpus=cpus,
            node_count=node_count,
            tasks=tasks,
            het_job_id=het_job_id,
            het_job_id_set=het_job_id_set,
            het_job_offset=het_job_offset,
            partition=partition,
            memory_per_node=memory_per_node,
            memory_per_cpu=memory_per_cpu,
            minimum_cpus_per_node=minimum_cpus_per_node,
            minimum_tmp_disk_per_node=minimum_tmp_disk_per_node,
            preempt_time=preempt_time,
            pre_sus_time=pre_sus_time,
            priority=priority,
            profile=profile,
            qos=qos,
            reboot=reboot,
            required_nodes=required_nodes,
            requeue=requeue,
            resize_time=resize_time,
            restart_cnt=restart_cnt,
            resv_name=resv_name,
            shared=shared,
            show_flags=show_flags,
            sockets_per_board=sockets_per_board,
            sockets_per_node=sockets_per_node,
            start_time=start_time,
            state_description=state_description,
            state_reason=state_reason,
            standard_error=standard_error,
            standard_input=standard_input,
            standard_output=standard_output,
            submit_time=submit_time,
            suspend_time=suspend_time,
            system_comment=system_comment,
            time_limit=time_limit,
            time_minimum=time_minimum,
            threads_per_core=threads_per_core,
            tres_bind=tres_bind,
            tres_freq=tres_freq,
            tres_per_job=tres_per_job,
            tres_per_node=tres_per_node,
            tres_per_socket=tres_per_socket,
            tres_per_task=tres_per_task,
            tres_req_str=tres_req_str,
            tres_alloc_str=tres_alloc_str,
            user_id=user_id,
            user_name=user_name,
            wckey=wckey,
            current_working_directory=current_working_directory,
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
