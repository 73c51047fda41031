from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, Union, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.job_properties_environment import JobPropertiesEnvironment


T = TypeVar("T", bound="JobProperties")


@_attrs_define
class JobProperties:
    """
    Attributes:
        account (Union[Unset, str]): Charge resources used by this job to specified account.
        account_gather_frequency (Union[Unset, str]): Define the job accounting and profiling sampling intervals.
        argv (Union[Unset, list[str]]): Arguments to the script.
        array (Union[Unset, str]): Submit a job array, multiple jobs to be executed with identical parameters. The
            indexes specification identifies what array index values should be used.
        batch_features (Union[Unset, str]): features required for batch script's node
        begin_time (Union[Unset, int]): Submit the batch script to the Slurm controller immediately, like normal, but
            tell the controller to defer the allocation of the job until the specified time.
        burst_buffer (Union[Unset, str]): Burst buffer specification.
        cluster_constraint (Union[Unset, str]): Specifies features that a federated cluster must have to have a sibling
            job submitted to it.
        comment (Union[Unset, str]): An arbitrary comment.
        constraints (Union[Unset, str]): node features required by job.
        container (Union[Unset, str]): absolute path to OCI container bundle
        core_specification (Union[Unset, int]): Count of specialized threads per node reserved by the job for system
            operations and not used by the application.
        cores_per_socket (Union[Unset, int]): Restrict node selection to nodes with at least the specified number of
            cores per socket.
        cpu_binding (Union[Unset, str]): Cpu binding
        cpu_binding_hint (Union[Unset, str]): Cpu binding hint
        cpu_frequency (Union[Unset, str]): Request that job steps initiated by srun commands inside this sbatch script
            be run at some requested frequency if possible, on the CPUs selected for the step on the compute node(s).
        cpus_per_gpu (Union[Unset, str]): Number of CPUs requested per allocated GPU.
        cpus_per_task (Union[Unset, int]): Advise the Slurm controller that ensuing job steps will require ncpus number
            of processors per task.
        current_working_directory (Union[Unset, str]): Instruct Slurm to connect the batch script's standard output
            directly to the file name.
        deadline (Union[Unset, str]): Remove the job if no ending is possible before this deadline (start > (deadline -
            time[-min])).
        delay_boot (Union[Unset, int]): Do not reboot nodes in order to satisfied this job's feature specification if
            the job has been eligible to run for less than this time period.
        dependency (Union[Unset, str]): Defer the start of this job until the specified dependencies have been satisfied
            completed.
        distribution (Union[Unset, str]): Specify alternate distribution methods for remote processes.
        environment (Union[Unset, JobPropertiesEnvironment]): Dictionary of environment entries.
        exclusive (Union[Unset, str]): The job allocation can share nodes just other users with the "user" option or
            with the "mcs" option).
        get_user_environment (Union[Unset, bool]): Load new login environment for user on job node.
        gres (Union[Unset, str]): Specifies a comma delimited list of generic consumable resources.
        gres_flags (Union[Unset, str]): Specify generic resource task binding options.
        gpu_binding (Union[Unset, str]): Requested binding of tasks to GPU.
        gpu_frequency (Union[Unset, str]): Requested GPU frequency.
        gpus (Union[Unset, str]): GPUs per job.
        gpus_per_node (Union[Unset, str]): GPUs per node.
        gpus_per_socket (Union[Unset, str]): GPUs per socket.
        gpus_per_task (Union[Unset, str]): GPUs per task.
        hold (Union[Unset, bool]): Specify the job is to be submitted in a held state (priority of zero).
        kill_on_invalid_dependency (Union[Unset, bool]): If a job has an invalid dependency, then Slurm is to terminate
            it.
        licenses (Union[Unset, str]): Specification of licenses (or other resources available on all nodes of the
            cluster) which must be allocated to this job.
        mail_type (Union[Unset, str]): Notify user by email when certain event types occur.
        mail_user (Union[Unset, str]): User to receive email notification of state changes as defined by mail_type.
        mcs_label (Union[Unset, str]): This parameter is a group among the groups of the user.
        memory_binding (Union[Unset, str]): Bind tasks to memory.
        memory_per_cpu (Union[Unset, int]): Minimum real memory per cpu (MB).
        memory_per_gpu (Union[Unset, int]): Minimum memory required per allocated GPU.
        memory_per_node (Union[Unset, int]): Minimum real memory per node (MB).
        minimum_cpus_per_node (Union[Unset, int]): Minimum number of CPUs per node.
        minimum_nodes (Union[Unset, bool]): If a range of node counts is given, prefer the smaller count.
        name (Union[Unset, str]): Specify a name for the job allocation.
        nice (Union[Unset, int]): Run the job with an adjusted scheduling priority within Slurm.
        no_kill (Union[Unset, bool]): Do not automatically terminate a job if one of the nodes it has been allocated
            fails.
        nodes (Union[Unset, list[int]]): Request that a minimum of minnodes nodes and a maximum node count.
        open_mode (Union[Unset, str]): Open the output and error files using append or truncate mode as specified.
            Default: 'append'.
        oversubscribe (Union[Unset, bool]): The job allocation can over-subscribe resources with other running jobs.
            Default: False.
        partition (Union[Unset, str]): Request a specific partition for the resource allocation.
        prefer (Union[Unset, str]): Comma delimited list of features for scheduler to prefer but not a strict
            requirement like a constraint. Value can be used for job submission but is only displayed for PENDING jobs.
        priority (Union[Unset, str]): Request a specific job priority.
        qos (Union[Unset, str]): Request a quality of service for the job.
        requeue (Union[Unset, bool]): Specifies that the batch job should eligible to being requeue.
        reservation (Union[Unset, str]): Allocate resources for the job from the named reservation.
        signal (Union[Unset, str]): When a job is within sig_time seconds of its end time, send it the signal sig_num.
        sockets_per_node (Union[Unset, int]): Restrict node selection to nodes with at least the specified number of
            sockets.
        spread_job (Union[Unset, bool]): Spread the job allocation over as many nodes as possible and attempt to evenly
            distribute tasks across the allocated nodes.
        standard_error (Union[Unset, str]): Instruct Slurm to connect the batch script's standard error directly to the
            file name.
        standard_input (Union[Unset, str]): Instruct Slurm to connect the batch script's standard input directly to the
            file name specified.
        standard_output (Union[Unset, str]): Instruct Slurm to connect the batch script's standard output directly to
            the file name.
        tasks (Union[Unset, int]): Advises the Slurm controller that job steps run within the allocation will launch a
            maximum of number tasks and to provide for sufficient resources.
        tasks_per_core (Union[Unset, int]): Request the maximum ntasks be invoked on each core.
        tasks_per_node (Union[Unset, int]): Request the maximum ntasks be invoked on each node.
        tasks_per_socket (Union[Unset, int]): Request the maximum ntasks be invoked on each socket.
        thread_specification (Union[Unset, int]): Count of specialized threads per node reserved by the job for system
            operations and not used by the application.
        threads_per_core (Union[Unset, int]): Restrict node selection to nodes with at least the specified number of
            threads per core.
        time_limit (Union[Unset, int]): Step time limit in minutes.
        time_minimum (Union[Unset, int]): Minimum run time in minutes.
        wait_all_nodes (Union[Unset, bool]): Do not begin execution until all nodes are ready for use.
        wckey (Union[Unset, str]): Specify wckey to be used with job.
    """

    account: Union[Unset, str] = UNSET
    account_gather_frequency: Union[Unset, str] = UNSET
    argv: Union[Unset, list[str]] = UNSET
    array: Union[Unset, str] = UNSET
    batch_features: Union[Unset, str] = UNSET
    begin_time: Union[Unset, int] = UNSET
    burst_buffer: Union[Unset, str] = UNSET
    cluster_constraint: Union[Unset, str] = UNSET
    comment: Union[Unset, str] = UNSET
    constraints: Union[Unset, str] = UNSET
    container: Union[Unset, str] = UNSET
    core_specification: Union[Unset, int] = UNSET
    cores_per_socket: Union[Unset, int] = UNSET
    cpu_binding: Union[Unset, str] = UNSET
    cpu_binding_hint: Union[Unset, str] = UNSET
    cpu_frequency: Union[Unset, str] = UNSET
    cpus_per_gpu: Union[Unset, str] = UNSET
    cpus_per_task: Union[Unset, int] = UNSET
    current_working_directory: Union[Unset, str] = UNSET
    deadline: Union[Unset, str] = UNSET
    delay_boot: Union[Unset, int] = UNSET
    dependency: Union[Unset, str] = UNSET
    distribution: Union[Unset, str] = UNSET
    environment: Union[Unset, "JobPropertiesEnvironment"] = UNSET
    exclusive: Union[Unset, str] = UNSET
    get_user_environment: Union[Unset, bool] = UNSET
    gres: Union[Unset, str] = UNSET
    gres_flags: Union[Unset, str] = UNSET
    gpu_binding: Union[Unset, str] = UNSET
    gpu_frequency: Union[Unset, str] = UNSET
    gpus: Union[Unset, str] = UNSET
    gpus_per_node: Union[Unset, str] = UNSET
    gpus_per_socket: Union[Unset, str] = UNSET
    gpus_per_task: Union[Unset, str] = UNSET
    hold: Union[Unset, bool] = UNSET
    kill_on_invalid_dependency: Union[Unset, bool] = UNSET
    licenses: Union[Unset, str] = UNSET
    mail_type: Union[Unset, str] = UNSET
    mail_user: Union[Unset, str] = UNSET
    mcs_label: Union[Unset, str] = UNSET
    memory_binding: Union[Unset, str] = UNSET
    memory_per_cpu: Union[Unset, int] = UNSET
    memory_per_gpu: Union[Unset, int] = UNSET
    memory_per_node: Union[Unset, int] = UNSET
    minimum_cpus_per_node: Union[Unset, int] = UNSET
    minimum_nodes: Union[Unset, bool] = UNSET
    name: Union[Unset, str] = UNSET
    nice: Union[Unset, int] = UNSET
    no_kill: Union[Unset, bool] = UNSET
    nodes: Union[Unset, list[int]] = UNSET
    open_mode: Union[Unset, str] = "append"
    oversubscribe: Union[Unset, bool] = False
    partition: Union[Unset, str] = UNSET
    prefer: Union[Unset, str] = UNSET
    priority: Union[Unset, str] = UNSET
    qos: Union[Unset, str] = UNSET
    requeue: Union[Unset, bool] = UNSET
    reservation: Union[Unset, str] = UNSET
    signal: Union[Unset, str] = UNSET
    sockets_per_node: Union[Unset, int] = UNSET
    spread_job: Union[Unset, bool] = UNSET
    standard_error: Union[Unset, str] = UNSET
    standard_input: Union[Unset, str] = UNSET
    standard_output: Union[Unset, str] = UNSET
    tasks: Union[Unset, int] = UNSET
    tasks_per_core: Union[Unset, int] = UNSET
    tasks_per_node: Union[Unset, int] = UNSET
    tasks_per_socket: Union[Unset, int] = UNSET
    thread_specification: Union[Unset, int] = UNSET
    threads_per_core: Union[Unset, int] = UNSET
    time_limit: Union[Unset, int] = UNSET
    time_minimum: Union[Unset, int] = UNSET
    wait_all_nodes: Union[Unset, bool] = UNSET
    wckey: Union[Unset, str] = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account = self.account

        account_gather_frequency = self.account_gather_frequency

        argv: Union[Unset, list[str]] = UNSET
        if not isinstance(self.argv, Unset):
            argv = self.argv

        array = self.array

        batch_features = self.batch_features

        begin_time = self.begin_time

        burst_buffer = self.burst_buffer

        cluster_constraint = self.cluster_constraint

        comment = self.comment

        constraints = self.constraints

        container = self.container

        core_specification = self.core_specification

        cores_per_socket = self.cores_per_socket

        cpu_binding = self.cpu_binding

        cpu_binding_hint = self.cpu_binding_hint

        cpu_frequency = self.cpu_frequency

        cpus_per_gpu = self.cpus_per_gpu

        cpus_per_task = self.cpus_per_task

        current_working_directory = self.current_working_directory

        deadline = self.deadline

        delay_boot = self.delay_boot

        dependency = self.dependency

        distribution = self.distribution

        environment: Union[Unset, dict[str, Any]] = UNSET
        if not isinstance(self.environment, Unset):
            environment = self.environment.to_dict()

        exclusive = self.exclusive

        get_user_environment = self.get_user_environment

        gres = self.gres

        gres_flags = self.gres_flags

        gpu_binding = self.gpu_binding

        gpu_frequency = self.gpu_frequency

        gpus = self.gpus

        gpus_per_node = self.gpus_per_node

        gpus_per_socket = self.gpus_per_socket

        gpus_per_task = self.gpus_per_task

        hold = self.hold

        kill_on_invalid_dependency = self.kill_on_invalid_dependency

        licenses = self.licenses

        mail_type = self.mail_type

        mail_user = self.mail_user

        mcs_label = self.mcs_label

        memory_binding = self.memory_binding

        memory_per_cpu = self.memory_per_cpu

        memory_per_gpu = self.memory_per_gpu

        memory_per_node = self.memory_per_node

        minimum_cpus_per_node = self.minimum_cpus_per_node

        minimum_nodes = self.minimum_nodes

        name = self.name

        nice = self.nice

        no_kill = self.no_kill

        nodes: Union[Unset, list[int]] = UNSET
        if not isinstance(self.nodes, Unset):
            nodes = self.nodes

        open_mode = self.open_mode

        oversubscribe = self.oversubscribe

        partition = self.partition

        prefer = self.prefer

        priority = self.priority

        qos = self.qos

        requeue = self.requeue

        reservation = self.reservation

        signal = self.signal

        sockets_per_node = self.sockets_per_node

        spread_job = self.spread_job

        standard_error = self.standard_error

        standard_input = self.standard_input

        standard_output = self.standard_output

        tasks = self.tasks

        tasks_per_core = self.tasks_per_core

        tasks_per_node = self.tasks_per_node

        tasks_per_socket = self.tasks_per_socket

        thread_specification = self.thread_specification

        threads_per_core = self.threads_per_core

        time_limit = self.time_limit

        time_minimum = self.time_minimum

        wait_all_nodes = self.wait_all_nodes

        wckey = self.wckey

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account is not UNSET:
            field_dict["account"] = account
        if account_gather_frequency is not UNSET:
            field_dict["account_gather_frequency"] = account_gather_frequency
        if argv is not UNSET:
            field_dict["argv"] = argv
        if array is not UNSET:
            field_dict["array"] = array
        if batch_features is not UNSET:
            field_dict["batch_features"] = batch_features
        if begin_time is not UNSET:
            field_dict["begin_time"] = begin_time
        if burst_buffer is not UNSET:
            field_dict["burst_buffer"] = burst_buffer
        if cluster_constraint is not UNSET:
            field_dict["cluster_constraint"] = cluster_constraint
        if comment is not UNSET:
            field_dict["comment"] = comment
        if constraints is not UNSET:
            field_dict["constraints"] = constraints
        if container is not UNSET:
            field_dict["container"] = container
        if core_specification is not UNSET:
            field_dict["core_specification"] = core_specification
        if cores_per_socket is not UNSET:
            field_dict["cores_per_socket"] = cores_per_socket
        if cpu_binding is not UNSET:
            field_dict["cpu_binding"] = cpu_binding
        if cpu_binding_hint is not UNSET:
            field_dict["cpu_binding_hint"] = cpu_binding_hint
        if cpu_frequency is not UNSET:
            field_dict["cpu_frequency"] = cpu_frequency
        if cpus_per_gpu is not UNSET:
            field_dict["cpus_per_gpu"] = cpus_per_gpu
        if cpus_per_task is not UNSET:
            field_dict["cpus_per_task"] = cpus_per_task
        if current_working_directory is not UNSET:
            field_dict["current_working_directory"] = current_working_directory
        if deadline is not UNSET:
            field_dict["deadline"] = deadline
        if delay_boot is not UNSET:
            field_dict["delay_boot"] = delay_boot
        if dependency is not UNSET:
            field_dict["dependency"] = dependency
        if distribution is not UNSET:
            field_dict["distribution"] = distribution
        if environment is not UNSET:
            field_dict["environment"] = environment
        if exclusive is not UNSET:
            field_dict["exclusive"] = exclusive
        if get_user_environment is not UNSET:
            field_dict["get_user_environment"] = get_user_environment
        if gres is not UNSET:
            field_dict["gres"] = gres
        if gres_flags is not UNSET:
            field_dict["gres_flags"] = gres_flags
        if gpu_binding is not UNSET:
            field_dict["gpu_binding"] = gpu_binding
        if gpu_frequency is not UNSET:
            field_dict["gpu_frequency"] = gpu_frequency
        if gpus is not UNSET:
            field_dict["gpus"] = gpus
        if gpus_per_node is not UNSET:
            field_dict["gpus_per_node"] = gpus_per_node
        if gpus_per_socket is not UNSET:
            field_dict["gpus_per_socket"] = gpus_per_socket
        if gpus_per_task is not UNSET:
            field_dict["gpus_per_task"] = gpus_per_task
        if hold is not UNSET:
            field_dict["hold"] = hold
        if kill_on_invalid_dependency is not UNSET:
            field_dict["kill_on_invalid_dependency"] = kill_on_invalid_dependency
        if licenses is not UNSET:
            field_dict["licenses"] = licenses
        if mail_type is not UNSET:
            field_dict["mail_type"] = mail_type
        if mail_user is not UNSET:
            field_dict["mail_user"] = mail_user
        if mcs_label is not UNSET:
            field_dict["mcs_label"] = mcs_label
        if memory_binding is not UNSET:
            field_dict["memory_binding"] = memory_binding
        if memory_per_cpu is not UNSET:
            field_dict["memory_per_cpu"] = memory_per_cpu
        if memory_per_gpu is not UNSET:
            field_dict["memory_per_gpu"] = memory_per_gpu
        if memory_per_node is not UNSET:
            field_dict["memory_per_node"] = memory_per_node
        if minimum_cpus_per_node is not UNSET:
            field_dict["minimum_cpus_per_node"] = minimum_cpus_per_node
        if minimum_nodes is not UNSET:
            field_dict["minimum_nodes"] = minimum_nodes
        if name is not UNSET:
            field_dict["name"] = name
        if nice is not UNSET:
            field_dict["nice"] = nice
        if no_kill is not UNSET:
            field_dict["no_kill"] = no_kill
        if nodes is not UNSET:
            field_dict["nodes"] = nodes
        if open_mode is not UNSET:
            field_dict["open_mode"] = open_mode
        if oversubscribe is not UNSET:
            field_dict["oversubscribe"] = oversubscribe
        if partition is not UNSET:
            field_dict["partition"] = partition
        if prefer is not UNSET:
            field_dict["prefer"] = prefer
        if priority is not UNSET:
            field_dict["priority"] = priority
        if qos is not UNSET:
            field_dict["qos"] = qos
        if requeue is not UNSET:
            field_dict["requeue"] = requeue
        if reservation is not UNSET:
            field_dict["reservation"] = reservation
        if signal is not UNSET:
            field_dict["signal"] = signal
        if sockets_per_node is not UNSET:
            field_dict["sockets_per_node"] = sockets_per_node
        if spread_job is not UNSET:
            field_dict["spread_job"] = spread_job
        if standard_error is not UNSET:
            field_dict["standard_error"] = standard_error
        if standard_input is not UNSET:
            field_dict["standard_input"] = standard_input
        if standard_output is not UNSET:
            field_dict["standard_output"] = standard_output
        if tasks is not UNSET:
            field_dict["tasks"] = tasks
        if tasks_per_core is not UNSET:
            field_dict["tasks_per_core"] = tasks_per_core
        if tasks_per_node is not UNSET:
            field_dict["tasks_per_node"] = tasks_per_node
        if tasks_per_socket is not UNSET:
            field_dict["tasks_per_socket"] = tasks_per_socket
        if thread_specification is not UNSET:
            field_dict["thread_specification"] = thread_specification
        if threads_per_core is not UNSET:
            field_dict["threads_per_core"] = threads_per_core
        if time_limit is not UNSET:
            field_dict["time_limit"] = time_limit
        if time_minimum is not UNSET:
            field_dict["time_minimum"] = time_minimum
        if wait_all_nodes is not UNSET:
            field_dict["wait_all_nodes"] = wait_all_nodes
        if wckey is not UNSET:
            field_dict["wckey"] = wckey

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.job_properties_environment import JobPropertiesEnvironment

        d = {k: v for k, v in src_dict.items() if v is not None}
        account = d.pop("account", UNSET)

        account_gather_frequency = d.pop("account_gather_frequency", UNSET)

        argv = cast(list[str], d.pop("argv", UNSET))

        array = d.pop("array", UNSET)

        batch_features = d.pop("batch_features", UNSET)

        begin_time = d.pop("begin_time", UNSET)

        burst_buffer = d.pop("burst_buffer", UNSET)

        cluster_constraint = d.pop("cluster_constraint", UNSET)

        comment = d.pop("comment", UNSET)

        constraints = d.pop("constraints", UNSET)

        container = d.pop("container", UNSET)

        core_specification = d.pop("core_specification", UNSET)

        cores_per_socket = d.pop("cores_per_socket", UNSET)

        cpu_binding = d.pop("cpu_binding", UNSET)

        cpu_binding_hint = d.pop("cpu_binding_hint", UNSET)

        cpu_frequency = d.pop("cpu_frequency", UNSET)

        cpus_per_gpu = d.pop("cpus_per_gpu", UNSET)

        cpus_per_task = d.pop("cpus_per_task", UNSET)

        current_working_directory = d.pop("current_working_directory", UNSET)

        deadline = d.pop("deadline", UNSET)

        delay_boot = d.pop("delay_boot", UNSET)

        dependency = d.pop("dependency", UNSET)

        distribution = d.pop("distribution", UNSET)

        _environment = d.pop("environment", UNSET)
        environment: Union[Unset, JobPropertiesEnvironment]
        if isinstance(_environment, Unset):
            environment = UNSET
        else:
            environment = JobPropertiesEnvironment.from_dict(_environment)

        exclusive = d.pop("exclusive", UNSET)

        get_user_environment = d.pop("get_user_environment", UNSET)

        gres = d.pop("gres", UNSET)

        gres_flags = d.pop("gres_flags", UNSET)

        gpu_binding = d.pop("gpu_binding", UNSET)

        gpu_frequency = d.pop("gpu_frequency", UNSET)

        gpus = d.pop("gpus", UNSET)

        gpus_per_node = d.pop("gpus_per_node", UNSET)

        gpus_per_socket = d.pop("gpus_per_socket", UNSET)

        gpus_per_task = d.pop("gpus_per_task", UNSET)

        hold = d.pop("hold", UNSET)

        kill_on_invalid_dependency = d.pop("kill_on_invalid_dependency", UNSET)

        licenses = d.pop("licenses", UNSET)

        mail_type = d.pop("mail_type", UNSET)

        mail_user = d.pop("mail_user", UNSET)

        mcs_label = d.pop("mcs_label", UNSET)

        memory_binding = d.pop("memory_binding", UNSET)

        memory_per_cpu = d.pop("memory_per_cpu", UNSET)

        memory_per_gpu = d.pop("memory_per_gpu", UNSET)

        memory_per_node = d.pop("memory_per_node", UNSET)

        minimum_cpus_per_node = d.pop("minimum_cpus_per_node", UNSET)

        minimum_nodes = d.pop("minimum_nodes", UNSET)

        name = d.pop("name", UNSET)

        nice = d.pop("nice", UNSET)

        no_kill = d.pop("no_kill", UNSET)

        nodes = cast(list[int], d.pop("nodes", UNSET))

        open_mode = d.pop("open_mode", UNSET)

        oversubscribe = d.pop("oversubscribe", UNSET)

        partition = d.pop("partition", UNSET)

        prefer = d.pop("prefer", UNSET)

        priority = d.pop("priority", UNSET)

        qos = d.pop("qos", UNSET)

        requeue = d.pop("requeue", UNSET)

        reservation = d.pop("reservation", UNSET)

        signal = d.pop("signal", UNSET)

        sockets_per_node = d.pop("sockets_per_node", UNSET)

        spread_job = d.pop("spread_job", UNSET)

        standard_error = d.pop("standard_error", UNSET)

        standard_input = d.pop("standard_input", UNSET)

        standard_output = d.pop("standard_output", UNSET)

        tasks = d.pop("tasks", UNSET)

        tasks_per_core = d.pop("tasks_per_core", UNSET)

        tasks_per_node = d.pop("tasks_per_node", UNSET)

        tasks_per_socket = d.pop("tasks_per_socket", UNSET)

        thread_specification = d.pop("thread_specification", UNSET)

        threads_per_core = d.pop("threads_per_core", UNSET)

        time_limit = d.pop("time_limit", UNSET)

        time_minimum = d.pop("time_minimum", UNSET)

        wait_all_nodes = d.pop("wait_all_nodes", UNSET)

        wckey = d.pop("wckey", UNSET)

        _model = cls(
            account=account,
            account_gather_frequency=account_gather_frequency,
            argv=argv,
            array=array,
            batch_features=batch_features,
            begin_time=begin_time,
            burst_buffer=burst_buffer,
            cluster_constraint=cluster_constraint,
            comment=comment,
            constraints=constraints,
            container=container,
            core_specification=core_specification,
            cores_per_socket=cores_per_socket,
            cpu_binding=cpu_binding,
            cpu_binding_hint=cpu_binding_hint,
            cpu_frequency=cpu_frequency,
            cpus_per_gpu=cpus_per_gpu,
            cpus_per_task=cpus_per_task,
            current_working_directory=current_working_directory,
            deadline=deadline,
            delay_boot=delay_boot,
            dependency=dependency,
            distribution=distribution,
            environment=environment,
            exclusive=exclusive,
            get_user_environment=get_user_environment,
            gres=gres,
            gres_flags=gres_flags,
            gpu_binding=gpu_binding,
            gpu_frequency=gpu_frequency,
            gpus=gpus,
            gpus_per_node=gpus_per_node,
            gpus_per_socket=gpus_per_socket,
            gpus_per_task=gpus_per_task,
            hold=hold,
            kill_on_invalid_dependency=kill_on_invalid_dependency,
            licenses=licenses,
            mail_type=mail_type,
            mail_user=mail_user,
            mcs_label=mcs_label,
            memory_binding=memory_binding,
            memory_per_cpu=memory_per_cpu,
            memory_per_gpu=memory_per_gpu,
            memory_per_node=memory_per_node,
            minimum_cpus_per_node=minimum_cpus_per_node,
            minimum_nodes=minimum_nodes,
            name=name,
            nice=nice,
            no_kill=no_kill,
            nodes=nodes,
            open_mode=open_mode,
            oversubscribe=oversubscribe,
            partition=partition,
            prefer=prefer,
            priority=priority,
            qos=qos,
            requeue=requeue,
            reservation=reservation,
            signal=signal,
            sockets_per_node=sockets_per_node,
            spread_job=spread_job,
            standard_error=standard_error,
            standard_input=standard_input,
            standard_output=standard_output,
            tasks=tasks,
            tasks_per_core=tasks_per_core,
            tasks_per_node=tasks_per_node,
            tasks_per_socket=tasks_per_socket,
            thread_specification=thread_specification,
            threads_per_core=threads_per_core,
            time_limit=time_limit,
            time_minimum=time_minimum,
            wait_all_nodes=wait_all_nodes,
            wckey=wckey,
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
