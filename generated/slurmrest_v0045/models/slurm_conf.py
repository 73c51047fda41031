from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, Union, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.controller import Controller
    from ..models.job_defaults import JobDefaults
    from ..models.port_range import PortRange
    from ..models.uint_16_no_val_struct import Uint16NoValStruct
    from ..models.uint_32_no_val_struct import Uint32NoValStruct
    from ..models.uint_64_no_val_struct import Uint64NoValStruct


T = TypeVar("T", bound="SlurmConf")


@_attrs_define
class SlurmConf:
    """
    Attributes:
        accounting_storage_tres (Union[Unset, list[str]]):
        accounting_storage_backup_host (Union[Unset, str]): Accounting storage backup host
        accounting_storage_enforce (Union[Unset, list[str]]): Controls what level of association-based enforcement to
            impose on job submissions
        accounting_storage_external_host (Union[Unset, str]): Accounting storage ext host
        accounting_storage_host (Union[Unset, str]): Accounting storage host
        accounting_storage_parameters (Union[Unset, list[str]]):
        accounting_storage_port (Union[Unset, int]): Node accounting storage port
        accounting_storage_type (Union[Unset, str]): Accounting storage type
        acct_gather_energy_type (Union[Unset, list[str]]):
        acct_gather_profile_type (Union[Unset, str]): Profile accounting type
        acct_gather_interconnect_type (Union[Unset, str]): Interconnect accounting type
        acct_gather_filesystem_type (Union[Unset, str]): Filesystem accounting type
        acct_gather_node_freq (Union[Unset, int]): Secs between node acct request
        conf_flags (Union[Unset, list[str]]): General configuration flags (DisableRootJobs, AllowSpecResourcesUsage,
            UsePAM, TrackWCKey)
        auth_alt_types (Union[Unset, list[str]]):
        auth_info (Union[Unset, str]): Authentication info
        auth_alt_parameters (Union[Unset, str]): Alternate authentication parameters
        auth_type (Union[Unset, str]): Authentication type
        batch_start_timeout (Union[Unset, int]): Maximum seconds for batch job to start
        burst_buffer_type (Union[Unset, str]): Burst buffer plugin type
        bcast_exclude (Union[Unset, list[str]]):
        bcast_parameters (Union[Unset, list[str]]):
        certgen_parameters (Union[Unset, list[str]]):
        certgen_type (Union[Unset, str]): Certgen type
        certmgr_parameters (Union[Unset, str]): Certmgr parameters
        certmgr_type (Union[Unset, str]): Certmgr type
        cli_filter_parameters (Union[Unset, list[str]]):
        cli_filter_plugins (Union[Unset, list[str]]):
        cluster_name (Union[Unset, str]): General name of the entire cluster
        communication_parameters (Union[Unset, list[str]]):
        complete_wait (Union[Unset, int]): Seconds to wait for job completion before scheduling another job
        communication_parameters_flags (Union[Unset, list[str]]): CommunicationParameters specific CONF_FLAG_* flags
        accounting_store_flags (Union[Unset, list[str]]): AccountingStoreFlags specific CONF_FLAG_* flags
        slurmd_parameters_flags (Union[Unset, list[str]]): SlurmdParameters specific CONF_FLAG_* flags
        controllers (Union[Unset, list['Controller']]):
        cpu_freq_def (Union[Unset, str]): Default CPU frequency or governor for job steps if not set via --cpu-freq
        cpu_freq_governors (Union[Unset, list[str]]): CPU frequency governors allowed via --cpu-freq
        cred_type (Union[Unset, str]): Credential signature plugin
        data_parser_parameters (Union[Unset, str]): Data parser parameters
        debug_flags (Union[Unset, list[str]]): Subsystems which provide more detailed event logging
        def_mem_per_cpu (Union[Unset, Uint64NoValStruct]):
        dependency_parameters (Union[Unset, list[str]]):
        eio_timeout (Union[Unset, int]): Seconds srun waits for slurmstepd to close the TCP/IP connection
        enforce_part_limits (Union[Unset, list[str]]): Controls whether partition limits are enforced at job submission
            time
        epilog (Union[Unset, list[str]]):
        epilog_msg_time (Union[Unset, int]): Usecs for slurmctld to process an epilog complete message
        epilog_slurmctld (Union[Unset, list[str]]):
        epilog_timeout (Union[Unset, Uint16NoValStruct]):
        federation_parameters (Union[Unset, list[str]]):
        first_job_id (Union[Unset, int]): First slurm generated job_id to assign
        fair_share_dampening_factor (Union[Unset, int]): Dampening factor for the effect of exceeding fair share of
            resources
        get_name_info_cache_timeout (Union[Unset, int]): For getnameinfo() cache
        gres_types (Union[Unset, list[str]]):
        group_update_time (Union[Unset, int]): Interval in seconds between updates of user/group partition membership
        group_update_force (Union[Unset, bool]): Update group/partition info even if no change detected
        gpu_freq_def (Union[Unset, str]): Default GPU frequency for job steps if not set via --gpu-freq
        hash_plugin (Union[Unset, str]): Hash plugin type
        health_check_interval (Union[Unset, int]): Secs between health checks
        health_check_node_state (Union[Unset, list[str]]): Node states on which to execute the HealthCheckProgram
        health_check_program (Union[Unset, str]): Pathname of health check program
        health_check_timeout (Union[Unset, int]): Timeout for health check program
        http_parser_type (Union[Unset, str]): Http_parser plugin type
        host_unreach_retry_count (Union[Unset, int]): Times to retry connecting if rc=EHOSTUNREACH
        inactive_limit (Union[Unset, int]): Seconds of inactivity before a inactive resource allocation is released
        interactive_step_options (Union[Unset, str]): Options for srun when using LaunchParameters=use_interactive_step
            with salloc
        job_acct_gather_frequency (Union[Unset, list[str]]):
        job_acct_gather_type (Union[Unset, str]): Job accounting gather type
        job_acct_gather_params (Union[Unset, list[str]]):
        job_acct_oom_kill (Union[Unset, bool]): Enforce mem limit at runtime y|n
        job_comp_host (Union[Unset, str]): Job completion logging host
        job_comp_loc (Union[Unset, str]): Job completion logging location
        job_comp_params (Union[Unset, str]): Job completion parameters for plugin
        job_comp_port (Union[Unset, int]): Job completion storage port
        job_comp_type (Union[Unset, str]): Job completion storage type
        job_comp_user (Union[Unset, str]): Job completion storage user
        job_defaults (Union[Unset, list['JobDefaults']]):
        job_file_append (Union[Unset, bool]): If set, append to stdout/err file
        job_requeue (Union[Unset, bool]): If set, jobs get requeued on node failure
        job_submit_plugins (Union[Unset, list[str]]):
        keepalive_interval (Union[Unset, int]): Interval between keepalive probes
        keepalive_probes (Union[Unset, int]): Number of keepalive probe attempts
        keepalive_time (Union[Unset, int]): Keep alive time for srun I/O sockets
        kill_on_bad_exit (Union[Unset, bool]): If set, the job will be terminated immediately when one of the processes
            is aborted or crashed
        kill_wait (Union[Unset, int]): Seconds between SIGTERM and SIGKILL when a job reaches its time limit
        launch_parameters (Union[Unset, list[str]]):
        licenses (Union[Unset, list[str]]):
        license_parameters (Union[Unset, list[str]]):
        log_time_format (Union[Unset, str]): Format of the timestamp in slurmctld and slurmd log files
        mail_domain (Union[Unset, str]): Default domain to append to usernames
        mail_prog (Union[Unset, str]): Pathname of mail program
        max_array_size (Union[Unset, int]): Maximum job array size
        max_batch_requeue (Union[Unset, int]): Max times a batch job may be auto-requeued before being held
        max_dbd_msgs (Union[Unset, int]): Maximum number of messages queued while DBD is not connected
        max_job_count (Union[Unset, int]): Maximum number of active jobs
        max_job_id (Union[Unset, int]): Maximum job id before wrapping back to FirstJobId
        max_mem_per_cpu (Union[Unset, Uint64NoValStruct]):
        max_node_count (Union[Unset, int]): Max number of static + dynamic nodes
        max_step_count (Union[Unset, int]): Maximum number of steps per job
        max_tasks_per_node (Union[Unset, int]): Maximum tasks per node
        mcs_plugin (Union[Unset, str]): Mcs plugin type
        mcs_parameters (Union[Unset, list[str]]):
        metrics_auth_users (Union[Unset, list[str]]):
        metrics_parameters (Union[Unset, list[str]]):
        metrics_type (Union[Unset, str]): Metrics plugin type
        min_job_age (Union[Unset, int]): COMPLETED jobs over this age (secs) purged from in memory records
        mpi_default (Union[Unset, str]): Default type of MPI to be used
        mpi_params (Union[Unset, list[str]]):
        message_timeout (Union[Unset, int]): Seconds permitted for a round-trip communication to complete
        namespace_type (Union[Unset, str]): Namespace plugin type
        node_features_plugins (Union[Unset, list[str]]):
        over_time_limit (Union[Unset, int]): Minutes by which a job can exceed its time limit before being canceled
        plugin_dir (Union[Unset, str]): Pathname to plugins
        plug_stack_config (Union[Unset, str]): Pathname to plugin stack config file
        preempt_exempt_time (Union[Unset, Uint32NoValStruct]):
        preempt_mode (Union[Unset, list[str]]): Mechanism used to preempt jobs or enable gang scheduling
        preempt_parameters (Union[Unset, list[str]]):
        preempt_type (Union[Unset, str]): Job preemption selection plugin
        pr_ep_parameters (Union[Unset, str]): PrEp parameters
        pr_ep_plugins (Union[Unset, list[str]]):
        priority_decay_half_life (Union[Unset, str]): How long prior resource use is considered in determining job
            priority (Time formatted as HH:MM:SS or D-HH:MM:SS)
        priority_calc_period (Union[Unset, str]): Period in minutes between half-life decay recalculations (Time
            formatted as HH:MM:SS or D-HH:MM:SS)
        priority_favor_small (Union[Unset, bool]): If set, give small jobs preferential scheduling priority
        priority_flags (Union[Unset, list[str]]): Flags controlling priority calculation behavior
        priority_max_age (Union[Unset, str]): Job age at which the maximum age priority factor is assigned (Time
            formatted as HH:MM:SS or D-HH:MM:SS)
        priority_parameters (Union[Unset, str]): Priority plugin parameters
        priority_usage_reset_period (Union[Unset, str]): Interval at which association usage is reset to zero
        priority_type (Union[Unset, str]): Priority type plugin
        priority_weight_age (Union[Unset, int]): Degree to which queue wait time contributes to job priority
        priority_weight_assoc (Union[Unset, int]): Degree to which association contributes to job priority
        priority_weight_fairshare (Union[Unset, int]): Degree to which fair-share contributes to job priority
        priority_weight_job_size (Union[Unset, int]): Degree to which job size contributes to job priority
        priority_weight_partition (Union[Unset, int]): Degree to which partition contributes to job priority
        priority_weight_qos (Union[Unset, int]): Degree to which QOS contributes to job priority
        priority_weight_tres (Union[Unset, str]): TRES types and weights controlling their contribution to job priority
        private_data (Union[Unset, list[str]]): Controls what information is hidden from regular users
        proctrack_type (Union[Unset, str]): Process tracking plugin type
        prolog (Union[Unset, list[str]]):
        prolog_slurmctld (Union[Unset, list[str]]):
        prolog_timeout (Union[Unset, Uint16NoValStruct]):
        propagate_prio_process (Union[Unset, str]): Controls scheduling priority (nice value) of user spawned tasks
        prolog_flags (Union[Unset, list[str]]): Flags controlling Prolog and Epilog behavior
        propagate_resource_limits (Union[Unset, list[str]]):
        propagate_resource_limits_except (Union[Unset, list[str]]):
        reboot_program (Union[Unset, str]): Program to reboot the node
        reconfig_flags (Union[Unset, list[str]]): Flags controlling actions taken on scontrol reconfig
        requeue_exit (Union[Unset, list[str]]):
        requeue_exit_hold (Union[Unset, list[str]]):
        resume_fail_program (Union[Unset, str]): Program executed when nodes fail to resume by ResumeTimeout
        resume_program (Union[Unset, str]): Program to bring nodes out of power save mode when assigned work
        resume_rate (Union[Unset, int]): Rate at which nodes are resumed from power save mode per minute
        resume_timeout (Union[Unset, int]): Max seconds between a resume request and node availability
        resv_epilog (Union[Unset, str]): Path of reservation epilog run by slurmctld
        resv_over_run (Union[Unset, int]): Minutes a running job can continue after its reservation ends
        resv_prolog (Union[Unset, str]): Path of reservation prolog run by slurmctld
        return_to_service (Union[Unset, str]): Controls when a DOWN node is returned to service
        slurm_sched_log_file (Union[Unset, str]): Where slurm Scheduler log gets written
        slurm_sched_log_level (Union[Unset, int]): Configured level of slurm Scheduler log
        scheduler_parameters (Union[Unset, list[str]]):
        scheduler_time_slice (Union[Unset, int]): Time slice in seconds for gang scheduling
        scheduler_type (Union[Unset, str]): Type of scheduler to use
        scron_parameters (Union[Unset, list[str]]):
        select_type (Union[Unset, str]): Type of node selector to use
        select_type_parameters (Union[Unset, list[str]]): Scheduler consumable resource selection type
        priority_site_factor_plugin (Union[Unset, str]): Plugin for computing site-specific priority factors
        priority_site_factor_parameters (Union[Unset, str]): Parameters for the site-specific priority factor plugin
        slurm_user_id (Union[Unset, int]): Uid of slurm_user_name
        slurm_user (Union[Unset, str]): User that slurmctld runs as
        slurmd_user_id (Union[Unset, int]): Uid of slurmd_user_name
        slurmd_user (Union[Unset, str]): User that slurmd runs as
        slurmctld_addr (Union[Unset, str]): Address used for communications to the currently active slurmctld daemon
        slurmctld_debug (Union[Unset, str]): Slurmctld logging level
        slurmctld_http_auth_params (Union[Unset, list[str]]):
        slurmctld_log_file (Union[Unset, str]): Where slurmctld error log gets written
        slurmctld_pid_file (Union[Unset, str]): Where to put slurmctld pidfile
        slurmctld_port (Union[Unset, int]): Default communications port to slurmctld
        slurmctld_port_count (Union[Unset, int]): Number of slurmctld comm ports
        slurmctld_primary_off_prog (Union[Unset, str]): Run when becomes slurmctld backup
        slurmctld_primary_on_prog (Union[Unset, str]): Run when becomes slurmctld primary
        slurmctld_syslog_debug (Union[Unset, str]): Slurmctld output to local logfile and syslog
        slurmctld_timeout (Union[Unset, int]): Seconds the backup controller waits for the primary before taking over
        slurmctld_parameters (Union[Unset, list[str]]):
        slurmd_debug (Union[Unset, str]): Slurmd logging level
        slurmd_http_auth_params (Union[Unset, list[str]]):
        slurmd_log_file (Union[Unset, str]): Where slurmd error log gets written
        slurmd_parameters (Union[Unset, list[str]]):
        slurmd_pid_file (Union[Unset, str]): Where to put slurmd pidfile
        slurmd_port (Union[Unset, int]): Default communications port to slurmd
        slurmd_spool_dir (Union[Unset, str]): Where slurmd put temporary state info
        slurmd_syslog_debug (Union[Unset, str]): Slurmd output to local logfile and syslog
        slurmd_timeout (Union[Unset, int]): Seconds slurmctld waits for slurmd before marking node DOWN
        srun_epilog (Union[Unset, str]): Srun epilog program
        srun_port_range (Union[Unset, PortRange]):
        srun_prolog (Union[Unset, str]): Srun prolog program
        state_save_location (Union[Unset, str]): Pathname of slurmctld state save directory
        suspend_exc_nodes (Union[Unset, list[str]]):
        suspend_exc_parts (Union[Unset, list[str]]):
        suspend_exc_states (Union[Unset, list[str]]):
        suspend_program (Union[Unset, str]): Program to place idle nodes into power save mode
        suspend_rate (Union[Unset, int]): Rate at which nodes are placed into power save mode per minute
        suspend_time (Union[Unset, Uint32NoValStruct]):
        suspend_timeout (Union[Unset, int]): Max seconds between a suspend request and node shutdown
        switch_type (Union[Unset, str]): Switch or interconnect type
        switch_parameters (Union[Unset, list[str]]):
        task_epilog (Union[Unset, str]): Pathname of task launch epilog
        task_plugin (Union[Unset, list[str]]):
        task_plugin_param (Union[Unset, list[str]]): Default task binding and distribution options
        task_prolog (Union[Unset, str]): Pathname of task launch prolog
        tls_parameters (Union[Unset, list[str]]):
        tls_type (Union[Unset, str]): Tls plugin type
        tcp_timeout (Union[Unset, int]): Seconds permitted for a TCP connection to be established
        tmp_fs (Union[Unset, str]): Pathname of temporary file system
        topology_param (Union[Unset, list[str]]):
        topology_plugin (Union[Unset, str]): Network topology plugin
        tree_width (Union[Unset, int]): Fanout of the slurmd communication tree
        unkillable_step_program (Union[Unset, str]): Program run by the slurmstepd when processes in a job step are
            unkillable
        unkillable_step_timeout (Union[Unset, int]): Time in seconds, after processes in a job step have been signaled,
            before they are considered "unkillable".
        url_parser_type (Union[Unset, str]): Url_parser plugin type
        v_size_factor (Union[Unset, int]): Job virtual memory limit as a percentage of its real memory limit
        wait_time (Union[Unset, int]): Default seconds srun waits after first task exits before terminating all
        x11_parameters (Union[Unset, list[str]]):
    """

    accounting_storage_tres: Union[Unset, list[str]] = UNSET
    accounting_storage_backup_host: Union[Unset, str] = UNSET
    accounting_storage_enforce: Union[Unset, list[str]] = UNSET
    accounting_storage_external_host: Union[Unset, str] = UNSET
    accounting_storage_host: Union[Unset, str] = UNSET
    accounting_storage_parameters: Union[Unset, list[str]] = UNSET
    accounting_storage_port: Union[Unset, int] = UNSET
    accounting_storage_type: Union[Unset, str] = UNSET
    acct_gather_energy_type: Union[Unset, list[str]] = UNSET
    acct_gather_profile_type: Union[Unset, str] = UNSET
    acct_gather_interconnect_type: Union[Unset, str] = UNSET
    acct_gather_filesystem_type: Union[Unset, str] = UNSET
    acct_gather_node_freq: Union[Unset, int] = UNSET
    conf_flags: Union[Unset, list[str]] = UNSET
    auth_alt_types: Union[Unset, list[str]] = UNSET
    auth_info: Union[Unset, str] = UNSET
    auth_alt_parameters: Union[Unset, str] = UNSET
    auth_type: Union[Unset, str] = UNSET
    batch_start_timeout: Union[Unset, int] = UNSET
    burst_buffer_type: Union[Unset, str] = UNSET
    bcast_exclude: Union[Unset, list[str]] = UNSET
    bcast_parameters: Union[Unset, list[str]] = UNSET
    certgen_parameters: Union[Unset, list[str]] = UNSET
    certgen_type: Union[Unset, str] = UNSET
    certmgr_parameters: Union[Unset, str] = UNSET
    certmgr_type: Union[Unset, str] = UNSET
    cli_filter_parameters: Union[Unset, list[str]] = UNSET
    cli_filter_plugins: Union[Unset, list[str]] = UNSET
    cluster_name: Union[Unset, str] = UNSET
    communication_parameters: Union[Unset, list[str]] = UNSET
    complete_wait: Union[Unset, int] = UNSET
    communication_parameters_flags: Union[Unset, list[str]] = UNSET
    accounting_store_flags: Union[Unset, list[str]] = UNSET
    slurmd_parameters_flags: Union[Unset, list[str]] = UNSET
    controllers: Union[Unset, list["Controller"]] = UNSET
    cpu_freq_def: Union[Unset, str] = UNSET
    cpu_freq_governors: Union[Unset, list[str]] = UNSET
    cred_type: Union[Unset, str] = UNSET
    data_parser_parameters: Union[Unset, str] = UNSET
    debug_flags: Union[Unset, list[str]] = UNSET
    def_mem_per_cpu: Union[Unset, "Uint64NoValStruct"] = UNSET
    dependency_parameters: Union[Unset, list[str]] = UNSET
    eio_timeout: Union[Unset, int] = UNSET
    enforce_part_limits: Union[Unset, list[str]] = UNSET
    epilog: Union[Unset, list[str]] = UNSET
    epilog_msg_time: Union[Unset, int] = UNSET
    epilog_slurmctld: Union[Unset, list[str]] = UNSET
    epilog_timeout: Union[Unset, "Uint16NoValStruct"] = UNSET
    federation_parameters: Union[Unset, list[str]] = UNSET
    first_job_id: Union[Unset, int] = UNSET
    fair_share_dampening_factor: Union[Unset, int] = UNSET
    get_name_info_cache_timeout: Union[Unset, int] = UNSET
    gres_types: Union[Unset, list[str]] = UNSET
    group_update_time: Union[Unset, int] = UNSET
    group_update_force: Union[Unset, bool] = UNSET
    gpu_freq_def: Union[Unset, str] = UNSET
    hash_plugin: Union[Unset, str] = UNSET
    health_check_interval: Union[Unset, int] = UNSET
    health_check_node_state: Union[Unset, list[str]] = UNSET
    health_check_program: Union[Unset, str] = UNSET
    health_check_timeout: Union[Unset, int] = UNSET
    http_parser_type: Union[Unset, str] = UNSET
    host_unreach_retry_count: Union[Unset, int] = UNSET
    inactive_limit: Union[Unset, int] = UNSET
    interactive_step_options: Union[Unset, str] = UNSET
    job_acct_gather_frequency: Union[Unset, list[str]] = UNSET
    job_acct_gather_type: Union[Unset, str] = UNSET
    job_acct_gather_params: Union[Unset, list[str]] = UNSET
    job_acct_oom_kill: Union[Unset, bool] = UNSET
    job_comp_host: Union[Unset, str] = UNSET
    job_comp_loc: Union[Unset, str] = UNSET
    job_comp_params: Union[Unset, str] = UNSET
    job_comp_port: Union[Unset, int] = UNSET
    job_comp_type: Union[Unset, str] = UNSET
    job_comp_user: Union[Unset, str] = UNSET
    job_defaults: Union[Unset, list["JobDefaults"]] = UNSET
    job_file_append: Union[Unset, bool] = UNSET
    job_requeue: Union[Unset, bool] = UNSET
    job_submit_plugins: Union[Unset, list[str]] = UNSET
    keepalive_interval: Union[Unset, int] = UNSET
    keepalive_probes: Union[Unset, int] = UNSET
    keepalive_time: Union[Unset, int] = UNSET
    kill_on_bad_exit: Union[Unset, bool] = UNSET
    kill_wait: Union[Unset, int] = UNSET
    launch_parameters: Union[Unset, list[str]] = UNSET
    licenses: Union[Unset, list[str]] = UNSET
    license_parameters: Union[Unset, list[str]] = UNSET
    log_time_format: Union[Unset, str] = UNSET
    mail_domain: Union[Unset, str] = UNSET
    mail_prog: Union[Unset, str] = UNSET
    max_array_size: Union[Unset, int] = UNSET
    max_batch_requeue: Union[Unset, int] = UNSET
    max_dbd_msgs: Union[Unset, int] = UNSET
    max_job_count: Union[Unset, int] = UNSET
    max_job_id: Union[Unset, int] = UNSET
    max_mem_per_cpu: Union[Unset, "Uint64NoValStruct"] = UNSET
    max_node_count: Union[Unset, int] = UNSET
    max_step_count: Union[Unset, int] = UNSET
    max_tasks_per_node: Union[Unset, int] = UNSET
    mcs_plugin: Union[Unset, str] = UNSET
    mcs_parameters: Union[Unset, list[str]] = UNSET
    metrics_auth_users: Union[Unset, list[str]] = UNSET
    metrics_parameters: Union[Unset, list[str]] = UNSET
    metrics_type: Union[Unset, str] = UNSET
    min_job_age: Union[Unset, int] = UNSET
    mpi_default: Union[Unset, str] = UNSET
    mpi_params: Union[Unset, list[str]] = UNSET
    message_timeout: Union[Unset, int] = UNSET
    namespace_type: Union[Unset, str] = UNSET
    node_features_plugins: Union[Unset, list[str]] = UNSET
    over_time_limit: Union[Unset, int] = UNSET
    plugin_dir: Union[Unset, str] = UNSET
    plug_stack_config: Union[Unset, str] = UNSET
    preempt_exempt_time: Union[Unset, "Uint32NoValStruct"] = UNSET
    preempt_mode: Union[Unset, list[str]] = UNSET
    preempt_parameters: Union[Unset, list[str]] = UNSET
    preempt_type: Union[Unset, str] = UNSET
    pr_ep_parameters: Union[Unset, str] = UNSET
    pr_ep_plugins: Union[Unset, list[str]] = UNSET
    priority_decay_half_life: Union[Unset, str] = UNSET
    priority_calc_period: Union[Unset, str] = UNSET
    priority_favor_small: Union[Unset, bool] = UNSET
    priority_flags: Union[Unset, list[str]] = UNSET
    priority_max_age: Union[Unset, str] = UNSET
    priority_parameters: Union[Unset, str] = UNSET
    priority_usage_reset_period: Union[Unset, str] = UNSET
    priority_type: Union[Unset, str] = UNSET
    priority_weight_age: Union[Unset, int] = UNSET
    priority_weight_assoc: Union[Unset, int] = UNSET
    priority_weight_fairshare: Union[Unset, int] = UNSET
    priority_weight_job_size: Union[Unset, int] = UNSET
    priority_weight_partition: Union[Unset, int] = UNSET
    priority_weight_qos: Union[Unset, int] = UNSET
    priority_weight_tres: Union[Unset, str] = UNSET
    private_data: Union[Unset, list[str]] = UNSET
    proctrack_type: Union[Unset, str] = UNSET
    prolog: Union[Unset, list[str]] = UNSET
    prolog_slurmctld: Union[Unset, list[str]] = UNSET
    prolog_timeout: Union[Unset, "Uint16NoValStruct"] = UNSET
    propagate_prio_process: Union[Unset, str] = UNSET
    prolog_flags: Union[Unset, list[str]] = UNSET
    propagate_resource_limits: Union[Unset, list[str]] = UNSET
    propagate_resource_limits_except: Union[Unset, list[str]] = UNSET
    reboot_program: Union[Unset, str] = UNSET
    reconfig_flags: Union[Unset, list[str]] = UNSET
    requeue_exit: Union[Unset, list[str]] = UNSET
    requeue_exit_hold: Union[Unset, list[str]] = UNSET
    resume_fail_program: Union[Unset, str] = UNSET
    resume_program: Union[Unset, str] = UNSET
    resume_rate: Union[Unset, int] = UNSET
    resume_timeout: Union[Unset, int] = UNSET
    resv_epilog: Union[Unset, str] = UNSET
    resv_over_run: Union[Unset, int] = UNSET
    resv_prolog: Union[Unset, str] = UNSET
    return_to_service: Union[Unset, str] = UNSET
    slurm_sched_log_file: Union[Unset, str] = UNSET
    slurm_sched_log_level: Union[Unset, int] = UNSET
    scheduler_parameters: Union[Unset, list[str]] = UNSET
    scheduler_time_slice: Union[Unset, int] = UNSET
    scheduler_type: Union[Unset, str] = UNSET
    scron_parameters: Union[Unset, list[str]] = UNSET
    select_type: Union[Unset, str] = UNSET
    select_type_parameters: Union[Unset, list[str]] = UNSET
    priority_site_factor_plugin: Union[Unset, str] = UNSET
    priority_site_factor_parameters: Union[Unset, str] = UNSET
    slurm_user_id: Union[Unset, int] = UNSET
    slurm_user: Union[Unset, str] = UNSET
    slurmd_user_id: Union[Unset, int] = UNSET
    slurmd_user: Union[Unset, str] = UNSET
    slurmctld_addr: Union[Unset, str] = UNSET
    slurmctld_debug: Union[Unset, str] = UNSET
    slurmctld_http_auth_params: Union[Unset, list[str]] = UNSET
    slurmctld_log_file: Union[Unset, str] = UNSET
    slurmctld_pid_file: Union[Unset, str] = UNSET
    slurmctld_port: Union[Unset, int] = UNSET
    slurmctld_port_count: Union[Unset, int] = UNSET
    slurmctld_primary_off_prog: Union[Unset, str] = UNSET
    slurmctld_primary_on_prog: Union[Unset, str] = UNSET
    slurmctld_syslog_debug: Union[Unset, str] = UNSET
    slurmctld_timeout: Union[Unset, int] = UNSET
    slurmctld_parameters: Union[Unset, list[str]] = UNSET
    slurmd_debug: Union[Unset, str] = UNSET
    slurmd_http_auth_params: Union[Unset, list[str]] = UNSET
    slurmd_log_file: Union[Unset, str] = UNSET
    slurmd_parameters: Union[Unset, list[str]] = UNSET
    slurmd_pid_file: Union[Unset, str] = UNSET
    slurmd_port: Union[Unset, int] = UNSET
    slurmd_spool_dir: Union[Unset, str] = UNSET
    slurmd_syslog_debug: Union[Unset, str] = UNSET
    slurmd_timeout: Union[Unset, int] = UNSET
    srun_epilog: Union[Unset, str] = UNSET
    srun_port_range: Union[Unset, "PortRange"] = UNSET
    srun_prolog: Union[Unset, str] = UNSET
    state_save_location: Union[Unset, str] = UNSET
    suspend_exc_nodes: Union[Unset, list[str]] = UNSET
    suspend_exc_parts: Union[Unset, list[str]] = UNSET
    suspend_exc_states: Union[Unset, list[str]] = UNSET
    suspend_program: Union[Unset, str] = UNSET
    suspend_rate: Union[Unset, int] = UNSET
    suspend_time: Union[Unset, "Uint32NoValStruct"] = UNSET
    suspend_timeout: Union[Unset, int] = UNSET
    switch_type: Union[Unset, str] = UNSET
    switch_parameters: Union[Unset, list[str]] = UNSET
    task_epilog: Union[Unset, str] = UNSET
    task_plugin: Union[Unset, list[str]] = UNSET
    task_plugin_param: Union[Unset, list[str]] = UNSET
    task_prolog: Union[Unset, str] = UNSET
    tls_parameters: Union[Unset, list[str]] = UNSET
    tls_type: Union[Unset, str] = UNSET
    tcp_timeout: Union[Unset, int] = UNSET
    tmp_fs: Union[Unset, str] = UNSET
    topology_param: Union[Unset, list[str]] = UNSET
    topology_plugin: Union[Unset, str] = UNSET
    tree_width: Union[Unset, int] = UNSET
    unkillable_step_program: Union[Unset, str] = UNSET
    unkillable_step_timeout: Union[Unset, int] = UNSET
    url_parser_type: Union[Unset, str] = UNSET
    v_size_factor: Union[Unset, int] = UNSET
    wait_time: Union[Unset, int] = UNSET
    x11_parameters: Union[Unset, list[str]] = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        accounting_storage_tres: Union[Unset, list[str]] = UNSET
        if not isinstance(self.accounting_storage_tres, Unset):
            accounting_storage_tres = self.accounting_storage_tres

        accounting_storage_backup_host = self.accounting_storage_backup_host

        accounting_storage_enforce: Union[Unset, list[str]] = UNSET
        if not isinstance(self.accounting_storage_enforce, Unset):
            accounting_storage_enforce = self.accounting_storage_enforce

        accounting_storage_external_host = self.accounting_storage_external_host

        accounting_storage_host = self.accounting_storage_host

        accounting_storage_parameters: Union[Unset, list[str]] = UNSET
        if not isinstance(self.accounting_storage_parameters, Unset):
            accounting_storage_parameters = self.accounting_storage_parameters

        accounting_storage_port = self.accounting_storage_port

        accounting_storage_type = self.accounting_storage_type

        acct_gather_energy_type: Union[Unset, list[str]] = UNSET
        if not isinstance(self.acct_gather_energy_type, Unset):
            acct_gather_energy_type = self.acct_gather_energy_type

        acct_gather_profile_type = self.acct_gather_profile_type

        acct_gather_interconnect_type = self.acct_gather_interconnect_type

        acct_gather_filesystem_type = self.acct_gather_filesystem_type

        acct_gather_node_freq = self.acct_gather_node_freq

        conf_flags: Union[Unset, list[str]] = UNSET
        if not isinstance(self.conf_flags, Unset):
            conf_flags = self.conf_flags

        auth_alt_types: Union[Unset, list[str]] = UNSET
        if not isinstance(self.auth_alt_types, Unset):
            auth_alt_types = self.auth_alt_types

        auth_info = self.auth_info

        auth_alt_parameters = self.auth_alt_parameters

        auth_type = self.auth_type

        batch_start_timeout = self.batch_start_timeout

        burst_buffer_type = self.burst_buffer_type

        bcast_exclude: Union[Unset, list[str]] = UNSET
        if not isinstance(self.bcast_exclude, Unset):
            bcast_exclude = self.bcast_exclude

        bcast_parameters: Union[Unset, list[str]] = UNSET
        if not isinstance(self.bcast_parameters, Unset):
            bcast_parameters = self.bcast_parameters

        certgen_parameters: Union[Unset, list[str]] = UNSET
        if not isinstance(self.certgen_parameters, Unset):
            certgen_parameters = self.certgen_parameters

        certgen_type = self.certgen_type

        certmgr_parameters = self.certmgr_parameters

        certmgr_type = self.certmgr_type

        cli_filter_parameters: Union[Unset, list[str]] = UNSET
        if not isinstance(self.cli_filter_parameters, Unset):
            cli_filter_parameters = self.cli_filter_parameters

        cli_filter_plugins: Union[Unset, list[str]] = UNSET
        if not isinstance(self.cli_filter_plugins, Unset):
            cli_filter_plugins = self.cli_filter_plugins

        cluster_name = self.cluster_name

        communication_parameters: Union[Unset, list[str]] = UNSET
        if not isinstance(self.communication_parameters, Unset):
            communication_parameters = self.communication_parameters

        complete_wait = self.complete_wait

        communication_parameters_flags: Union[Unset, list[str]] = UNSET
        if not isinstance(self.communication_parameters_flags, Unset):
            communication_parameters_flags = self.communication_parameters_flags

        accounting_store_flags: Union[Unset, list[str]] = UNSET
        if not isinstance(self.accounting_store_flags, Unset):
            accounting_store_flags = self.accounting_store_flags

        slurmd_parameters_flags: Union[Unset, list[str]] = UNSET
        if not isinstance(self.slurmd_parameters_flags, Unset):
            slurmd_parameters_flags = self.slurmd_parameters_flags

        controllers: Union[Unset, list[dict[str, Any]]] = UNSET
        if not isinstance(self.controllers, Unset):
            controllers = []
            for componentsschemascontrollers_array_item_data in self.controllers:
                componentsschemascontrollers_array_item = componentsschemascontrollers_array_item_data.to_dict()
                controllers.append(componentsschemascontrollers_array_item)

        cpu_freq_def = self.cpu_freq_def

        cpu_freq_governors: Union[Unset, list[str]] = UNSET
        if not isinstance(self.cpu_freq_governors, Unset):
            cpu_freq_governors = self.cpu_freq_governors

        cred_type = self.cred_type

        data_parser_parameters = self.data_parser_parameters

        debug_flags: Union[Unset, list[str]] = UNSET
        if not isinstance(self.debug_flags, Unset):
            debug_flags = self.debug_flags

        def_mem_per_cpu: Union[Unset, dict[str, Any]] = UNSET
        if not isinstance(self.def_mem_per_cpu, Unset):
            def_mem_per_cpu = self.def_mem_per_cpu.to_dict()

        dependency_parameters: Union[Unset, list[str]] = UNSET
        if not isinstance(self.dependency_parameters, Unset):
            dependency_parameters = self.dependency_parameters

        eio_timeout = self.eio_timeout

        enforce_part_limits: Union[Unset, list[str]] = UNSET
        if not isinstance(self.enforce_part_limits, Unset):
            enforce_part_limits = self.enforce_part_limits

        epilog: Union[Unset, list[str]] = UNSET
        if not isinstance(self.epilog, Unset):
            epilog = self.epilog

        epilog_msg_time = self.epilog_msg_time

        epilog_slurmctld: Union[Unset, list[str]] = UNSET
        if not isinstance(self.epilog_slurmctld, Unset):
            epilog_slurmctld = self.epilog_slurmctld

        epilog_timeout: Union[Unset, dict[str, Any]] = UNSET
        if not isinstance(self.epilog_timeout, Unset):
            epilog_timeout = self.epilog_timeout.to_dict()

        federation_parameters: Union[Unset, list[str]] = UNSET
        if not isinstance(self.federation_parameters, Unset):
            federation_parameters = self.federation_parameters

        first_job_id = self.first_job_id

        fair_share_dampening_factor = self.fair_share_dampening_factor

        get_name_info_cache_timeout = self.get_name_info_cache_timeout

        gres_types: Union[Unset, list[str]] = UNSET
        if not isinstance(self.gres_types, Unset):
            gres_types = self.gres_types

        group_update_time = self.group_update_time

        group_update_force = self.group_update_force

        gpu_freq_def = self.gpu_freq_def

        hash_plugin = self.hash_plugin

        health_check_interval = self.health_check_interval

        health_check_node_state: Union[Unset, list[str]] = UNSET
        if not isinstance(self.health_check_node_state, Unset):
            health_check_node_state = self.health_check_node_state

        health_check_program = self.health_check_program

        health_check_timeout = self.health_check_timeout

        http_parser_type = self.http_parser_type

        host_unreach_retry_count = self.host_unreach_retry_count

        inactive_limit = self.inactive_limit

        interactive_step_options = self.interactive_step_options

        job_acct_gather_frequency: Union[Unset, list[str]] = UNSET
        if not isinstance(self.job_acct_gather_frequency, Unset):
            job_acct_gather_frequency = self.job_acct_gather_frequency

        job_acct_gather_type = self.job_acct_gather_type

        job_acct_gather_params: Union[Unset, list[str]] = UNSET
        if not isinstance(self.job_acct_gather_params, Unset):
            job_acct_gather_params = self.job_acct_gather_params

        job_acct_oom_kill = self.job_acct_oom_kill

        job_comp_host = self.job_comp_host

        job_comp_loc = self.job_comp_loc

        job_comp_params = self.job_comp_params

        job_comp_port = self.job_comp_port

        job_comp_type = self.job_comp_type

        job_comp_user = self.job_comp_user

        job_defaults: Union[Unset, list[dict[str, Any]]] = UNSET
        if not isinstance(self.job_defaults, Unset):
            job_defaults = []
            for componentsschemasjob_defaults_list_item_data in self.job_defaults:
                componentsschemasjob_defaults_list_item = componentsschemasjob_defaults_list_item_data.to_dict()
                job_defaults.append(componentsschemasjob_defaults_list_item)

        job_file_append = self.job_file_append

        job_requeue = self.job_requeue

        job_submit_plugins: Union[Unset, list[str]] = UNSET
        if not isinstance(self.job_submit_plugins, Unset):
            job_submit_plugins = self.job_submit_plugins

        keepalive_interval = self.keepalive_interval

        keepalive_probes = self.keepalive_probes

        keepalive_time = self.keepalive_time

        kill_on_bad_exit = self.kill_on_bad_exit

        kill_wait = self.kill_wait

        launch_parameters: Union[Unset, list[str]] = UNSET
        if not isinstance(self.launch_parameters, Unset):
            launch_parameters = self.launch_parameters

        licenses: Union[Unset, list[str]] = UNSET
        if not isinstance(self.licenses, Unset):
            licenses = self.licenses

        license_parameters: Union[Unset, list[str]] = UNSET
        if not isinstance(self.license_parameters, Unset):
            license_parameters = self.license_parameters

        log_time_format = self.log_time_format

        mail_domain = self.mail_domain

        mail_prog = self.mail_prog

        max_array_size = self.max_array_size

        max_batch_requeue = self.max_batch_requeue

        max_dbd_msgs = self.max_dbd_msgs

        max_job_count = self.max_job_count

        max_job_id = self.max_job_id

        max_mem_per_cpu: Union[Unset, dict[str, Any]] = UNSET
        if not isinstance(self.max_mem_per_cpu, Unset):
            max_mem_per_cpu = self.max_mem_per_cpu.to_dict()

        max_node_count = self.max_node_count

        max_step_count = self.max_step_count

        max_tasks_per_node = self.max_tasks_per_node

        mcs_plugin = self.mcs_plugin

        mcs_parameters: Union[Unset, list[str]] = UNSET
        if not isinstance(self.mcs_parameters, Unset):
            mcs_parameters = self.mcs_parameters

        metrics_auth_users: Union[Unset, list[str]] = UNSET
        if not isinstance(self.metrics_auth_users, Unset):
            metrics_auth_users = self.metrics_auth_users

        metrics_parameters: Union[Unset, list[str]] = UNSET
        if not isinstance(self.metrics_parameters, Unset):
            metrics_parameters = self.metrics_parameters

        metrics_type = self.metrics_type

        min_job_age = self.min_job_age

        mpi_default = self.mpi_default

        mpi_params: Union[Unset, list[str]] = UNSET
        if not isinstance(self.mpi_params, Unset):
            mpi_params = self.mpi_params

        message_timeout = self.message_timeout

        namespace_type = self.namespace_type

        node_features_plugins: Union[Unset, list[str]] = UNSET
        if not isinstance(self.node_features_plugins, Unset):
            node_features_plugins = self.node_features_plugins

        over_time_limit = self.over_time_limit

        plugin_dir = self.plugin_dir

        plug_stack_config = self.plug_stack_config

        preempt_exempt_time: Union[Unset, dict[str, Any]] = UNSET
        if not isinstance(self.preempt_exempt_time, Unset):
            preempt_exempt_time = self.preempt_exempt_time.to_dict()

        preempt_mode: Union[Unset, list[str]] = UNSET
        if not isinstance(self.preempt_mode, Unset):
            preempt_mode = self.preempt_mode

        preempt_parameters: Union[Unset, list[str]] = UNSET
        if not isinstance(self.preempt_parameters, Unset):
            preempt_parameters = self.preempt_parameters

        preempt_type = self.preempt_type

        pr_ep_parameters = self.pr_ep_parameters

        pr_ep_plugins: Union[Unset, list[str]] = UNSET
        if not isinstance(self.pr_ep_plugins, Unset):
            pr_ep_plugins = self.pr_ep_plugins

        priority_decay_half_life = self.priority_decay_half_life

        priority_calc_period = self.priority_calc_period

        priority_favor_small = self.priority_favor_small

        priority_flags: Union[Unset, list[str]] = UNSET
        if not isinstance(self.priority_flags, Unset):
            priority_flags = self.priority_flags

        priority_max_age = self.priority_max_age

        priority_parameters = self.priority_parameters

        priority_usage_reset_period = self.priority_usage_reset_period

        priority_type = self.priority_type

        priority_weight_age = self.priority_weight_age

        priority_weight_assoc = self.priority_weight_assoc

        priority_weight_fairshare = self.priority_weight_fairshare

        priority_weight_job_size = self.priority_weight_job_size

        priority_weight_partition = self.priority_weight_partition

        priority_weight_qos = self.priority_weight_qos

        priority_weight_tres = self.priority_weight_tres

        private_data: Union[Unset, list[str]] = UNSET
        if not isinstance(self.private_data, Unset):
            private_data = self.private_data

        proctrack_type = self.proctrack_type

        prolog: Union[Unset, list[str]] = UNSET
        if not isinstance(self.prolog, Unset):
            prolog = self.prolog

        prolog_slurmctld: Union[Unset, list[str]] = UNSET
        if not isinstance(self.prolog_slurmctld, Unset):
            prolog_slurmctld = self.prolog_slurmctld

        prolog_timeout: Union[Unset, dict[str, Any]] = UNSET
        if not isinstance(self.prolog_timeout, Unset):
            prolog_timeout = self.prolog_timeout.to_dict()

        propagate_prio_process = self.propagate_prio_process

        prolog_flags: Union[Unset, list[str]] = UNSET
        if not isinstance(self.prolog_flags, Unset):
            prolog_flags = self.prolog_flags

        propagate_resource_limits: Union[Unset, list[str]] = UNSET
        if not isinstance(self.propagate_resource_limits, Unset):
            propagate_resource_limits = self.propagate_resource_limits

        propagate_resource_limits_except: Union[Unset, list[str]] = UNSET
        if not isinstance(self.propagate_resource_limits_except, Unset):
            propagate_resource_limits_except = self.propagate_resource_limits_except

        reboot_program = self.reboot_program

        reconfig_flags: Union[Unset, list[str]] = UNSET
        if not isinstance(self.reconfig_flags, Unset):
            reconfig_flags = self.reconfig_flags

        requeue_exit: Union[Unset, list[str]] = UNSET
        if not isinstance(self.requeue_exit, Unset):
            requeue_exit = self.requeue_exit

        requeue_exit_hold: Union[Unset, list[str]] = UNSET
        if not isinstance(self.requeue_exit_hold, Unset):
            requeue_exit_hold = self.requeue_exit_hold

        resume_fail_program = self.resume_fail_program

        resume_program = self.resume_program

        resume_rate = self.resume_rate

        resume_timeout = self.resume_timeout

        resv_epilog = self.resv_epilog

        resv_over_run = self.resv_over_run

        resv_prolog = self.resv_prolog

        return_to_service = self.return_to_service

        slurm_sched_log_file = self.slurm_sched_log_file

        slurm_sched_log_level = self.slurm_sched_log_level

        scheduler_parameters: Union[Unset, list[str]] = UNSET
        if not isinstance(self.scheduler_parameters, Unset):
            scheduler_parameters = self.scheduler_parameters

        scheduler_time_slice = self.scheduler_time_slice

        scheduler_type = self.scheduler_type

        scron_parameters: Union[Unset, list[str]] = UNSET
        if not isinstance(self.scron_parameters, Unset):
            scron_parameters = self.scron_parameters

        select_type = self.select_type

        select_type_parameters: Union[Unset, list[str]] = UNSET
        if not isinstance(self.select_type_parameters, Unset):
            select_type_parameters = self.select_type_parameters

        priority_site_factor_plugin = self.priority_site_factor_plugin

        priority_site_factor_parameters = self.priority_site_factor_parameters

        slurm_user_id = self.slurm_user_id

        slurm_user = self.slurm_user

        slurmd_user_id = self.slurmd_user_id

        slurmd_user = self.slurmd_user

        slurmctld_addr = self.slurmctld_addr

        slurmctld_debug = self.slurmctld_debug

        slurmctld_http_auth_params: Union[Unset, list[str]] = UNSET
        if not isinstance(self.slurmctld_http_auth_params, Unset):
            slurmctld_http_auth_params = self.slurmctld_http_auth_params

        slurmctld_log_file = self.slurmctld_log_file

        slurmctld_pid_file = self.slurmctld_pid_file

        slurmctld_port = self.slurmctld_port

        slurmctld_port_count = self.slurmctld_port_count

        slurmctld_primary_off_prog = self.slurmctld_primary_off_prog

        slurmctld_primary_on_prog = self.slurmctld_primary_on_prog

        slurmctld_syslog_debug = self.slurmctld_syslog_debug

        slurmctld_timeout = self.slurmctld_timeout

        slurmctld_parameters: Union[Unset, list[str]] = UNSET
        if not isinstance(self.slurmctld_parameters, Unset):
            slurmctld_parameters = self.slurmctld_parameters

        slurmd_debug = self.slurmd_debug

        slurmd_http_auth_params: Union[Unset, list[str]] = UNSET
        if not isinstance(self.slurmd_http_auth_params, Unset):
            slurmd_http_auth_params = self.slurmd_http_auth_params

        slurmd_log_file = self.slurmd_log_file

        slurmd_parameters: Union[Unset, list[str]] = UNSET
        if not isinstance(self.slurmd_parameters, Unset):
            slurmd_parameters = self.slurmd_parameters

        slurmd_pid_file = self.slurmd_pid_file

        slurmd_port = self.slurmd_port

        slurmd_spool_dir = self.slurmd_spool_dir

        slurmd_syslog_debug = self.slurmd_syslog_debug

        slurmd_timeout = self.slurmd_timeout

        srun_epilog = self.srun_epilog

        srun_port_range: Union[Unset, dict[str, Any]] = UNSET
        if not isinstance(self.srun_port_range, Unset):
            srun_port_range = self.srun_port_range.to_dict()

        srun_prolog = self.srun_prolog

        state_save_location = self.state_save_location

        suspend_exc_nodes: Union[Unset, list[str]] = UNSET
        if not isinstance(self.suspend_exc_nodes, Unset):
            suspend_exc_nodes = self.suspend_exc_nodes

        suspend_exc_parts: Union[Unset, list[str]] = UNSET
        if not isinstance(self.suspend_exc_parts, Unset):
            suspend_exc_parts = self.suspend_exc_parts

        suspend_exc_states: Union[Unset, list[str]] = UNSET
        if not isinstance(self.suspend_exc_states, Unset):
            suspend_exc_states = self.suspend_exc_states

        suspend_program = self.suspend_program

        suspend_rate = self.suspend_rate

        suspend_time: Union[Unset, dict[str, Any]] = UNSET
        if not isinstance(self.suspend_time, Unset):
            suspend_time = self.suspend_time.to_dict()

        suspend_timeout = self.suspend_timeout

        switch_type = self.switch_type

        switch_parameters: Union[Unset, list[str]] = UNSET
        if not isinstance(self.switch_parameters, Unset):
            switch_parameters = self.switch_parameters

        task_epilog = self.task_epilog

        task_plugin: Union[Unset, list[str]] = UNSET
        if not isinstance(self.task_plugin, Unset):
            task_plugin = self.task_plugin

        task_plugin_param: Union[Unset, list[str]] = UNSET
        if not isinstance(self.task_plugin_param, Unset):
            task_plugin_param = self.task_plugin_param

        task_prolog = self.task_prolog

        tls_parameters: Union[Unset, list[str]] = UNSET
        if not isinstance(self.tls_parameters, Unset):
            tls_parameters = self.tls_parameters

        tls_type = self.tls_type

        tcp_timeout = self.tcp_timeout

        tmp_fs = self.tmp_fs

        topology_param: Union[Unset, list[str]] = UNSET
        if not isinstance(self.topology_param, Unset):
            topology_param = self.topology_param

        topology_plugin = self.topology_plugin

        tree_width = self.tree_width

        unkillable_step_program = self.unkillable_step_program

        unkillable_step_timeout = self.unkillable_step_timeout

        url_parser_type = self.url_parser_type

        v_size_factor = self.v_size_factor

        wait_time = self.wait_time

        x11_parameters: Union[Unset, list[str]] = UNSET
        if not isinstance(self.x11_parameters, Unset):
            x11_parameters = self.x11_parameters

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if accounting_storage_tres is not UNSET:
            field_dict["AccountingStorageTRES"] = accounting_storage_tres
        if accounting_storage_backup_host is not UNSET:
            field_dict["AccountingStorageBackupHost"] = accounting_storage_backup_host
        if accounting_storage_enforce is not UNSET:
            field_dict["AccountingStorageEnforce"] = accounting_storage_enforce
        if accounting_storage_external_host is not UNSET:
            field_dict["AccountingStorageExternalHost"] = accounting_storage_external_host
        if accounting_storage_host is not UNSET:
            field_dict["AccountingStorageHost"] = accounting_storage_host
        if accounting_storage_parameters is not UNSET:
            field_dict["AccountingStorageParameters"] = accounting_storage_parameters
        if accounting_storage_port is not UNSET:
            field_dict["AccountingStoragePort"] = accounting_storage_port
        if accounting_storage_type is not UNSET:
            field_dict["AccountingStorageType"] = accounting_storage_type
        if acct_gather_energy_type is not UNSET:
            field_dict["AcctGatherEnergyType"] = acct_gather_energy_type
        if acct_gather_profile_type is not UNSET:
            field_dict["AcctGatherProfileType"] = acct_gather_profile_type
        if acct_gather_interconnect_type is not UNSET:
            field_dict["AcctGatherInterconnectType"] = acct_gather_interconnect_type
        if acct_gather_filesystem_type is not UNSET:
            field_dict["AcctGatherFilesystemType"] = acct_gather_filesystem_type
        if acct_gather_node_freq is not UNSET:
            field_dict["AcctGatherNodeFreq"] = acct_gather_node_freq
        if conf_flags is not UNSET:
            field_dict["ConfFlags"] = conf_flags
        if auth_alt_types is not UNSET:
            field_dict["AuthAltTypes"] = auth_alt_types
        if auth_info is not UNSET:
            field_dict["AuthInfo"] = auth_info
        if auth_alt_parameters is not UNSET:
            field_dict["AuthAltParameters"] = auth_alt_parameters
        if auth_type is not UNSET:
            field_dict["AuthType"] = auth_type
        if batch_start_timeout is not UNSET:
            field_dict["BatchStartTimeout"] = batch_start_timeout
        if burst_buffer_type is not UNSET:
            field_dict["BurstBufferType"] = burst_buffer_type
        if bcast_exclude is not UNSET:
            field_dict["BcastExclude"] = bcast_exclude
        if bcast_parameters is not UNSET:
            field_dict["BcastParameters"] = bcast_parameters
        if certgen_parameters is not UNSET:
            field_dict["CertgenParameters"] = certgen_parameters
        if certgen_type is not UNSET:
            field_dict["CertgenType"] = certgen_type
        if certmgr_parameters is not UNSET:
            field_dict["CertmgrParameters"] = certmgr_parameters
        if certmgr_type is not UNSET:
            field_dict["CertmgrType"] = certmgr_type
        if cli_filter_parameters is not UNSET:
            field_dict["CliFilterParameters"] = cli_filter_parameters
        if cli_filter_plugins is not UNSET:
            field_dict["CliFilterPlugins"] = cli_filter_plugins
        if cluster_name is not UNSET:
            field_dict["ClusterName"] = cluster_name
        if communication_parameters is not UNSET:
            field_dict["CommunicationParameters"] = communication_parameters
        if complete_wait is not UNSET:
            field_dict["CompleteWait"] = complete_wait
        if communication_parameters_flags is not UNSET:
            field_dict["CommunicationParametersFlags"] = communication_parameters_flags
        if accounting_store_flags is not UNSET:
            field_dict["AccountingStoreFlags"] = accounting_store_flags
        if slurmd_parameters_flags is not UNSET:
            field_dict["SlurmdParametersFlags"] = slurmd_parameters_flags
        if controllers is not UNSET:
            field_dict["controllers"] = controllers
        if cpu_freq_def is not UNSET:
            field_dict["CpuFreqDef"] = cpu_freq_def
        if cpu_freq_governors is not UNSET:
            field_dict["CpuFreqGovernors"] = cpu_freq_governors
        if cred_type is not UNSET:
            field_dict["CredType"] = cred_type
        if data_parser_parameters is not UNSET:
            field_dict["DataParserParameters"] = data_parser_parameters
        if debug_flags is not UNSET:
            field_dict["DebugFlags"] = debug_flags
        if def_mem_per_cpu is not UNSET:
            field_dict["DefMemPerCPU"] = def_mem_per_cpu
        if dependency_parameters is not UNSET:
            field_dict["DependencyParameters"] = dependency_parameters
        if eio_timeout is not UNSET:
            field_dict["EioTimeout"] = eio_timeout
        if enforce_part_limits is not UNSET:
            field_dict["EnforcePartLimits"] = enforce_part_limits
        if epilog is not UNSET:
            field_dict["Epilog"] = epilog
        if epilog_msg_time is not UNSET:
            field_dict["EpilogMsgTime"] = epilog_msg_time
        if epilog_slurmctld is not UNSET:
            field_dict["EpilogSlurmctld"] = epilog_slurmctld
        if epilog_timeout is not UNSET:
            field_dict["EpilogTimeout"] = epilog_timeout
        if federation_parameters is not UNSET:
            field_dict["FederationParameters"] = federation_parameters
        if first_job_id is not UNSET:
            field_dict["FirstJobId"] = first_job_id
        if fair_share_dampening_factor is not UNSET:
            field_dict["FairShareDampeningFactor"] = fair_share_dampening_factor
        if get_name_info_cache_timeout is not UNSET:
            field_dict["GetNameInfoCacheTimeout"] = get_name_info_cache_timeout
        if gres_types is not UNSET:
            field_dict["GresTypes"] = gres_types
        if group_update_time is not UNSET:
            field_dict["GroupUpdateTime"] = group_update_time
        if group_update_force is not UNSET:
            field_dict["GroupUpdateForce"] = group_update_force
        if gpu_freq_def is not UNSET:
            field_dict["GpuFreqDef"] = gpu_freq_def
        if hash_plugin is not UNSET:
            field_dict["HashPlugin"] = hash_plugin
        if health_check_interval is not UNSET:
            field_dict["HealthCheckInterval"] = health_check_interval
        if health_check_node_state is not UNSET:
            field_dict["HealthCheckNodeState"] = health_check_node_state
        if health_check_program is not UNSET:
            field_dict["HealthCheckProgram"] = health_check_program
        if health_check_timeout is not UNSET:
            field_dict["HealthCheckTimeout"] = health_check_timeout
        if http_parser_type is not UNSET:
            field_dict["HttpParserType"] = http_parser_type
        if host_unreach_retry_count is not UNSET:
            field_dict["HostUnreachRetryCount"] = host_unreach_retry_count
        if inactive_limit is not UNSET:
            field_dict["InactiveLimit"] = inactive_limit
        if interactive_step_options is not UNSET:
            field_dict["InteractiveStepOptions"] = interactive_step_options
        if job_acct_gather_frequency is not UNSET:
            field_dict["JobAcctGatherFrequency"] = job_acct_gather_frequency
        if job_acct_gather_type is not UNSET:
            field_dict["JobAcctGatherType"] = job_acct_gather_type
        if job_acct_gather_params is not UNSET:
            field_dict["JobAcctGatherParams"] = job_acct_gather_params
        if job_acct_oom_kill is not UNSET:
            field_dict["JobAcctOomKill"] = job_acct_oom_kill
        if job_comp_host is not UNSET:
            field_dict["JobCompHost"] = job_comp_host
        if job_comp_loc is not UNSET:
            field_dict["JobCompLoc"] = job_comp_loc
        if job_comp_params is not UNSET:
            field_dict["JobCompParams"] = job_comp_params
        if job_comp_port is not UNSET:
            field_dict["JobCompPort"] = job_comp_port
        if job_comp_type is not UNSET:
            field_dict["JobCompType"] = job_comp_type
        if job_comp_user is not UNSET:
            field_dict["JobCompUser"] = job_comp_user
        if job_defaults is not UNSET:
            field_dict["JobDefaults"] = job_defaults
        if job_file_append is not UNSET:
            field_dict["JobFileAppend"] = job_file_append
        if job_requeue is not UNSET:
            field_dict["JobRequeue"] = job_requeue
        if job_submit_plugins is not UNSET:
            field_dict["JobSubmitPlugins"] = job_submit_plugins
        if keepalive_interval is not UNSET:
            field_dict["KeepaliveInterval"] = keepalive_interval
        if keepalive_probes is not UNSET:
            field_dict["KeepaliveProbes"] = keepalive_probes
        if keepalive_time is not UNSET:
            field_dict["KeepaliveTime"] = keepalive_time
        if kill_on_bad_exit is not UNSET:
            field_dict["KillOnBadExit"] = kill_on_bad_exit
        if kill_wait is not UNSET:
            field_dict["KillWait"] = kill_wait
        if launch_parameters is not UNSET:
            field_dict["LaunchParameters"] = launch_parameters
        if licenses is not UNSET:
            field_dict["Licenses"] = licenses
        if license_parameters is not UNSET:
            field_dict["LicenseParameters"] = license_parameters
        if log_time_format is not UNSET:
            field_dict["LogTimeFormat"] = log_time_format
        if mail_domain is not UNSET:
            field_dict["MailDomain"] = mail_domain
        if mail_prog is not UNSET:
            field_dict["MailProg"] = mail_prog
        if max_array_size is not UNSET:
            field_dict["MaxArraySize"] = max_array_size
        if max_batch_requeue is not UNSET:
            field_dict["MaxBatchRequeue"] = max_batch_requeue
        if max_dbd_msgs is not UNSET:
            field_dict["MaxDBDMsgs"] = max_dbd_msgs
        if max_job_count is not UNSET:
            field_dict["MaxJobCount"] = max_job_count
        if max_job_id is not UNSET:
            field_dict["MaxJobId"] = max_job_id
        if max_mem_per_cpu is not UNSET:
            field_dict["MaxMemPerCPU"] = max_mem_per_cpu
        if max_node_count is not UNSET:
            field_dict["MaxNodeCount"] = max_node_count
        if max_step_count is not UNSET:
            field_dict["MaxStepCount"] = max_step_count
        if max_tasks_per_node is not UNSET:
            field_dict["MaxTasksPerNode"] = max_tasks_per_node
        if mcs_plugin is not UNSET:
            field_dict["MCSPlugin"] = mcs_plugin
        if mcs_parameters is not UNSET:
            field_dict["MCSParameters"] = mcs_parameters
        if metrics_auth_users is not UNSET:
            field_dict["MetricsAuthUsers"] = metrics_auth_users
        if metrics_parameters is not UNSET:
            field_dict["MetricsParameters"] = metrics_parameters
        if metrics_type is not UNSET:
            field_dict["MetricsType"] = metrics_type
        if min_job_age is not UNSET:
            field_dict["MinJobAge"] = min_job_age
        if mpi_default is not UNSET:
            field_dict["MpiDefault"] = mpi_default
        if mpi_params is not UNSET:
            field_dict["MpiParams"] = mpi_params
        if message_timeout is not UNSET:
            field_dict["MessageTimeout"] = message_timeout
        if namespace_type is not UNSET:
            field_dict["NamespaceType"] = namespace_type
        if node_features_plugins is not UNSET:
            field_dict["NodeFeaturesPlugins"] = node_features_plugins
        if over_time_limit is not UNSET:
            field_dict["OverTimeLimit"] = over_time_limit
        if plugin_dir is not UNSET:
            field_dict["PluginDir"] = plugin_dir
        if plug_stack_config is not UNSET:
            field_dict["PlugStackConfig"] = plug_stack_config
        if preempt_exempt_time is not UNSET:
            field_dict["PreemptExemptTime"] = preempt_exempt_time
        if preempt_mode is not UNSET:
            field_dict["PreemptMode"] = preempt_mode
        if preempt_parameters is not UNSET:
            field_dict["PreemptParameters"] = preempt_parameters
        if preempt_type is not UNSET:
            field_dict["PreemptType"] = preempt_type
        if pr_ep_parameters is not UNSET:
            field_dict["PrEpParameters"] = pr_ep_parameters
        if pr_ep_plugins is not UNSET:
            field_dict["PrEpPlugins"] = pr_ep_plugins
        if priority_decay_half_life is not UNSET:
            field_dict["PriorityDecayHalfLife"] = priority_decay_half_life
        if priority_calc_period is not UNSET:
            field_dict["PriorityCalcPeriod"] = priority_calc_period
        if priority_favor_small is not UNSET:
            field_dict["PriorityFavorSmall"] = priority_favor_small
        if priority_flags is not UNSET:
            field_dict["PriorityFlags"] = priority_flags
        if priority_max_age is not UNSET:
            field_dict["PriorityMaxAge"] = priority_max_age
        if priority_parameters is not UNSET:
            field_dict["PriorityParameters"] = priority_parameters
        if priority_usage_reset_period is not UNSET:
            field_dict["PriorityUsageResetPeriod"] = priority_usage_reset_period
        if priority_type is not UNSET:
            field_dict["PriorityType"] = priority_type
        if priority_weight_age is not UNSET:
            field_dict["PriorityWeightAge"] = priority_weight_age
        if priority_weight_assoc is not UNSET:
            field_dict["PriorityWeightAssoc"] = priority_weight_assoc
        if priority_weight_fairshare is not UNSET:
            field_dict["PriorityWeightFairshare"] = priority_weight_fairshare
        if priority_weight_job_size is not UNSET:
            field_dict["PriorityWeightJobSize"] = priority_weight_job_size
        if priority_weight_partition is not UNSET:
            field_dict["PriorityWeightPartition"] = priority_weight_partition
        if priority_weight_qos is not UNSET:
            field_dict["PriorityWeightQOS"] = priority_weight_qos
        if priority_weight_tres is not UNSET:
            field_dict["PriorityWeightTRES"] = priority_weight_tres
        if private_data is not UNSET:
            field_dict["PrivateData"] = private_data
        if proctrack_type is not UNSET:
            field_dict["ProctrackType"] = proctrack_type
        if prolog is not UNSET:
            field_dict["Prolog"] = prolog
        if prolog_slurmctld is not UNSET:
            field_dict["PrologSlurmctld"] = prolog_slurmctld
        if prolog_timeout is not UNSET:
            field_dict["PrologTimeout"] = prolog_timeout
        if propagate_prio_process is not UNSET:
            field_dict["PropagatePrioProcess"] = propagate_prio_process
        if prolog_flags is not UNSET:
            field_dict["PrologFlags"] = prolog_flags
        if propagate_resource_limits is not UNSET:
            field_dict["PropagateResourceLimits"] = propagate_resource_limits
        if propagate_resource_limits_except is not UNSET:
            field_dict["PropagateResourceLimitsExcept"] = propagate_resource_limits_except
        if reboot_program is not UNSET:
            field_dict["RebootProgram"] = reboot_program
        if reconfig_flags is not UNSET:
            field_dict["ReconfigFlags"] = reconfig_flags
        if requeue_exit is not UNSET:
            field_dict["RequeueExit"] = requeue_exit
        if requeue_exit_hold is not UNSET:
            field_dict["RequeueExitHold"] = requeue_exit_hold
        if resume_fail_program is not UNSET:
            field_dict["ResumeFailProgram"] = resume_fail_program
        if resume_program is not UNSET:
            field_dict["ResumeProgram"] = resume_program
        if resume_rate is not UNSET:
            field_dict["ResumeRate"] = resume_rate
        if resume_timeout is not UNSET:
            field_dict["ResumeTimeout"] = resume_timeout
        if resv_epilog is not UNSET:
            field_dict["ResvEpilog"] = resv_epilog
        if resv_over_run is not UNSET:
            field_dict["ResvOverRun"] = resv_over_run
        if resv_prolog is not UNSET:
            field_dict["ResvProlog"] = resv_prolog
        if return_to_service is not UNSET:
            field_dict["ReturnToService"] = return_to_service
        if slurm_sched_log_file is not UNSET:
            field_dict["SlurmSchedLogFile"] = slurm_sched_log_file
        if slurm_sched_log_level is not UNSET:
            field_dict["SlurmSchedLogLevel"] = slurm_sched_log_level
        if scheduler_parameters is not UNSET:
            field_dict["SchedulerParameters"] = scheduler_parameters
        if scheduler_time_slice is not UNSET:
            field_dict["SchedulerTimeSlice"] = scheduler_time_slice
        if scheduler_type is not UNSET:
            field_dict["SchedulerType"] = scheduler_type
        if scron_parameters is not UNSET:
            field_dict["ScronParameters"] = scron_parameters
        if select_type is not UNSET:
            field_dict["SelectType"] = select_type
        if select_type_parameters is not UNSET:
            field_dict["SelectTypeParameters"] = select_type_parameters
        if priority_site_factor_plugin is not UNSET:
            field_dict["PrioritySiteFactorPlugin"] = priority_site_factor_plugin
        if priority_site_factor_parameters is not UNSET:
            field_dict["PrioritySiteFactorParameters"] = priority_site_factor_parameters
        if slurm_user_id is not UNSET:
            field_dict["SlurmUserId"] = slurm_user_id
        if slurm_user is not UNSET:
            field_dict["SlurmUser"] = slurm_user
        if slurmd_user_id is not UNSET:
            field_dict["SlurmdUserId"] = slurmd_user_id
        if slurmd_user is not UNSET:
            field_dict["SlurmdUser"] = slurmd_user
        if slurmctld_addr is not UNSET:
            field_dict["SlurmctldAddr"] = slurmctld_addr
        if slurmctld_debug is not UNSET:
            field_dict["SlurmctldDebug"] = slurmctld_debug
        if slurmctld_http_auth_params is not UNSET:
            field_dict["SlurmctldHttpAuthParams"] = slurmctld_http_auth_params
        if slurmctld_log_file is not UNSET:
            field_dict["SlurmctldLogFile"] = slurmctld_log_file
        if slurmctld_pid_file is not UNSET:
            field_dict["SlurmctldPidFile"] = slurmctld_pid_file
        if slurmctld_port is not UNSET:
            field_dict["SlurmctldPort"] = slurmctld_port
        if slurmctld_port_count is not UNSET:
            field_dict["SlurmctldPortCount"] = slurmctld_port_count
        if slurmctld_primary_off_prog is not UNSET:
            field_dict["SlurmctldPrimaryOffProg"] = slurmctld_primary_off_prog
        if slurmctld_primary_on_prog is not UNSET:
            field_dict["SlurmctldPrimaryOnProg"] = slurmctld_primary_on_prog
        if slurmctld_syslog_debug is not UNSET:
            field_dict["SlurmctldSyslogDebug"] = slurmctld_syslog_debug
        if slurmctld_timeout is not UNSET:
            field_dict["SlurmctldTimeout"] = slurmctld_timeout
        if slurmctld_parameters is not UNSET:
            field_dict["SlurmctldParameters"] = slurmctld_parameters
        if slurmd_debug is not UNSET:
            field_dict["SlurmdDebug"] = slurmd_debug
        if slurmd_http_auth_params is not UNSET:
            field_dict["SlurmdHttpAuthParams"] = slurmd_http_auth_params
        if slurmd_log_file is not UNSET:
            field_dict["SlurmdLogFile"] = slurmd_log_file
        if slurmd_parameters is not UNSET:
            field_dict["SlurmdParameters"] = slurmd_parameters
        if slurmd_pid_file is not UNSET:
            field_dict["SlurmdPidFile"] = slurmd_pid_file
        if slurmd_port is not UNSET:
            field_dict["SlurmdPort"] = slurmd_port
        if slurmd_spool_dir is not UNSET:
            field_dict["SlurmdSpoolDir"] = slurmd_spool_dir
        if slurmd_syslog_debug is not UNSET:
            field_dict["SlurmdSyslogDebug"] = slurmd_syslog_debug
        if slurmd_timeout is not UNSET:
            field_dict["SlurmdTimeout"] = slurmd_timeout
        if srun_epilog is not UNSET:
            field_dict["SrunEpilog"] = srun_epilog
        if srun_port_range is not UNSET:
            field_dict["SrunPortRange"] = srun_port_range
        if srun_prolog is not UNSET:
            field_dict["SrunProlog"] = srun_prolog
        if state_save_location is not UNSET:
            field_dict["StateSaveLocation"] = state_save_location
        if suspend_exc_nodes is not UNSET:
            field_dict["SuspendExcNodes"] = suspend_exc_nodes
        if suspend_exc_parts is not UNSET:
            field_dict["SuspendExcParts"] = suspend_exc_parts
        if suspend_exc_states is not UNSET:
            field_dict["SuspendExcStates"] = suspend_exc_states
        if suspend_program is not UNSET:
            field_dict["SuspendProgram"] = suspend_program
        if suspend_rate is not UNSET:
            field_dict["SuspendRate"] = suspend_rate
        if suspend_time is not UNSET:
            field_dict["SuspendTime"] = suspend_time
        if suspend_timeout is not UNSET:
            field_dict["SuspendTimeout"] = suspend_timeout
        if switch_type is not UNSET:
            field_dict["SwitchType"] = switch_type
        if switch_parameters is not UNSET:
            field_dict["SwitchParameters"] = switch_parameters
        if task_epilog is not UNSET:
            field_dict["TaskEpilog"] = task_epilog
        if task_plugin is not UNSET:
            field_dict["TaskPlugin"] = task_plugin
        if task_plugin_param is not UNSET:
            field_dict["TaskPluginParam"] = task_plugin_param
        if task_prolog is not UNSET:
            field_dict["TaskProlog"] = task_prolog
        if tls_parameters is not UNSET:
            field_dict["TLSParameters"] = tls_parameters
        if tls_type is not UNSET:
            field_dict["TLSType"] = tls_type
        if tcp_timeout is not UNSET:
            field_dict["TCPTimeout"] = tcp_timeout
        if tmp_fs is not UNSET:
            field_dict["TmpFS"] = tmp_fs
        if topology_param is not UNSET:
            field_dict["TopologyParam"] = topology_param
        if topology_plugin is not UNSET:
            field_dict["TopologyPlugin"] = topology_plugin
        if tree_width is not UNSET:
            field_dict["TreeWidth"] = tree_width
        if unkillable_step_program is not UNSET:
            field_dict["UnkillableStepProgram"] = unkillable_step_program
        if unkillable_step_timeout is not UNSET:
            field_dict["UnkillableStepTimeout"] = unkillable_step_timeout
        if url_parser_type is not UNSET:
            field_dict["UrlParserType"] = url_parser_type
        if v_size_factor is not UNSET:
            field_dict["VSizeFactor"] = v_size_factor
        if wait_time is not UNSET:
            field_dict["WaitTime"] = wait_time
        if x11_parameters is not UNSET:
            field_dict["X11Parameters"] = x11_parameters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.controller import Controller
        from ..models.job_defaults import JobDefaults
        from ..models.port_range import PortRange
        from ..models.uint_16_no_val_struct import Uint16NoValStruct
        from ..models.uint_32_no_val_struct import Uint32NoValStruct
        from ..models.uint_64_no_val_struct import Uint64NoValStruct

        d = {k: v for k, v in src_dict.items() if v is not None}
        accounting_storage_tres = cast(list[str], d.pop("AccountingStorageTRES", UNSET))

        accounting_storage_backup_host = d.pop("AccountingStorageBackupHost", UNSET)

        accounting_storage_enforce = cast(list[str], d.pop("AccountingStorageEnforce", UNSET))

        accounting_storage_external_host = d.pop("AccountingStorageExternalHost", UNSET)

        accounting_storage_host = d.pop("AccountingStorageHost", UNSET)

        accounting_storage_parameters = cast(list[str], d.pop("AccountingStorageParameters", UNSET))

        accounting_storage_port = d.pop("AccountingStoragePort", UNSET)

        accounting_storage_type = d.pop("AccountingStorageType", UNSET)

        acct_gather_energy_type = cast(list[str], d.pop("AcctGatherEnergyType", UNSET))

        acct_gather_profile_type = d.pop("AcctGatherProfileType", UNSET)

        acct_gather_interconnect_type = d.pop("AcctGatherInterconnectType", UNSET)

        acct_gather_filesystem_type = d.pop("AcctGatherFilesystemType", UNSET)

        acct_gather_node_freq = d.pop("AcctGatherNodeFreq", UNSET)

        conf_flags = cast(list[str], d.pop("ConfFlags", UNSET))

        auth_alt_types = cast(list[str], d.pop("AuthAltTypes", UNSET))

        auth_info = d.pop("AuthInfo", UNSET)

        auth_alt_parameters = d.pop("AuthAltParameters", UNSET)

        auth_type = d.pop("AuthType", UNSET)

        batch_start_timeout = d.pop("BatchStartTimeout", UNSET)

        burst_buffer_type = d.pop("BurstBufferType", UNSET)

        bcast_exclude = cast(list[str], d.pop("BcastExclude", UNSET))

        bcast_parameters = cast(list[str], d.pop("BcastParameters", UNSET))

        certgen_parameters = cast(list[str], d.pop("CertgenParameters", UNSET))

        certgen_type = d.pop("CertgenType", UNSET)

        certmgr_parameters = d.pop("CertmgrParameters", UNSET)

        certmgr_type = d.pop("CertmgrType", UNSET)

        cli_filter_parameters = cast(list[str], d.pop("CliFilterParameters", UNSET))

        cli_filter_plugins = cast(list[str], d.pop("CliFilterPlugins", UNSET))

        cluster_name = d.pop("ClusterName", UNSET)

        communication_parameters = cast(list[str], d.pop("CommunicationParameters", UNSET))

        complete_wait = d.pop("CompleteWait", UNSET)

        communication_parameters_flags = cast(list[str], d.pop("CommunicationParametersFlags", UNSET))

        accounting_store_flags = cast(list[str], d.pop("AccountingStoreFlags", UNSET))

        slurmd_parameters_flags = cast(list[str], d.pop("SlurmdParametersFlags", UNSET))

        controllers = []
        _controllers = d.pop("controllers", UNSET)
        for componentsschemascontrollers_array_item_data in _controllers or []:
            componentsschemascontrollers_array_item = Controller.from_dict(componentsschemascontrollers_array_item_data)

            controllers.append(componentsschemascontrollers_array_item)

        cpu_freq_def = d.pop("CpuFreqDef", UNSET)

        cpu_freq_governors = cast(list[str], d.pop("CpuFreqGovernors", UNSET))

        cred_type = d.pop("CredType", UNSET)

        data_parser_parameters = d.pop("DataParserParameters", UNSET)

        debug_flags = cast(list[str], d.pop("DebugFlags", UNSET))

        _def_mem_per_cpu = d.pop("DefMemPerCPU", UNSET)
        def_mem_per_cpu: Union[Unset, Uint64NoValStruct]
        if isinstance(_def_mem_per_cpu, Unset):
            def_mem_per_cpu = UNSET
        else:
            def_mem_per_cpu = Uint64NoValStruct.from_dict(_def_mem_per_cpu)

        dependency_parameters = cast(list[str], d.pop("DependencyParameters", UNSET))

        eio_timeout = d.pop("EioTimeout", UNSET)

        enforce_part_limits = cast(list[str], d.pop("EnforcePartLimits", UNSET))

        epilog = cast(list[str], d.pop("Epilog", UNSET))

        epilog_msg_time = d.pop("EpilogMsgTime", UNSET)

        epilog_slurmctld = cast(list[str], d.pop("EpilogSlurmctld", UNSET))

        _epilog_timeout = d.pop("EpilogTimeout", UNSET)
        epilog_timeout: Union[Unset, Uint16NoValStruct]
        if isinstance(_epilog_timeout, Unset):
            epilog_timeout = UNSET
        else:
            epilog_timeout = Uint16NoValStruct.from_dict(_epilog_timeout)

        federation_parameters = cast(list[str], d.pop("FederationParameters", UNSET))

        first_job_id = d.pop("FirstJobId", UNSET)

        fair_share_dampening_factor = d.pop("FairShareDampeningFactor", UNSET)

        get_name_info_cache_timeout = d.pop("GetNameInfoCacheTimeout", UNSET)

        gres_types = cast(list[str], d.pop("GresTypes", UNSET))

        group_update_time = d.pop("GroupUpdateTime", UNSET)

        group_update_force = d.pop("GroupUpdateForce", UNSET)

        gpu_freq_def = d.pop("GpuFreqDef", UNSET)

        hash_plugin = d.pop("HashPlugin", UNSET)

        health_check_interval = d.pop("HealthCheckInterval", UNSET)

        health_check_node_state = cast(list[str], d.pop("HealthCheckNodeState", UNSET))

        health_check_program = d.pop("HealthCheckProgram", UNSET)

        health_check_timeout = d.pop("HealthCheckTimeout", UNSET)

        http_parser_type = d.pop("HttpParserType", UNSET)

        host_unreach_retry_count = d.pop("HostUnreachRetryCount", UNSET)

        inactive_limit = d.pop("InactiveLimit", UNSET)

        interactive_step_options = d.pop("InteractiveStepOptions", UNSET)

        job_acct_gather_frequency = cast(list[str], d.pop("JobAcctGatherFrequency", UNSET))

        job_acct_gather_type = d.pop("JobAcctGatherType", UNSET)

        job_acct_gather_params = cast(list[str], d.pop("JobAcctGatherParams", UNSET))

        job_acct_oom_kill = d.pop("JobAcctOomKill", UNSET)

        job_comp_host = d.pop("JobCompHost", UNSET)

        job_comp_loc = d.pop("JobCompLoc", UNSET)

        job_comp_params = d.pop("JobCompParams", UNSET)

        job_comp_port = d.pop("JobCompPort", UNSET)

        job_comp_type = d.pop("JobCompType", UNSET)

        job_comp_user = d.pop("JobCompUser", UNSET)

        job_defaults = []
        _job_defaults = d.pop("JobDefaults", UNSET)
        for componentsschemasjob_defaults_list_item_data in _job_defaults or []:
            componentsschemasjob_defaults_list_item = JobDefaults.from_dict(
                componentsschemasjob_defaults_list_item_data
            )

            job_defaults.append(componentsschemasjob_defaults_list_item)

        job_file_append = d.pop("JobFileAppend", UNSET)

        job_requeue = d.pop("JobRequeue", UNSET)

        job_submit_plugins = cast(list[str], d.pop("JobSubmitPlugins", UNSET))

        keepalive_interval = d.pop("KeepaliveInterval", UNSET)

        keepalive_probes = d.pop("KeepaliveProbes", UNSET)

        keepalive_time = d.pop("KeepaliveTime", UNSET)

        kill_on_bad_exit = d.pop("KillOnBadExit", UNSET)

        kill_wait = d.pop("KillWait", UNSET)

        launch_parameters = cast(list[str], d.pop("LaunchParameters", UNSET))

        licenses = cast(list[str], d.pop("Licenses", UNSET))

        license_parameters = cast(list[str], d.pop("LicenseParameters", UNSET))

        log_time_format = d.pop("LogTimeFormat", UNSET)

        mail_domain = d.pop("MailDomain", UNSET)

        mail_prog = d.pop("MailProg", UNSET)

        max_array_size = d.pop("MaxArraySize", UNSET)

        max_batch_requeue = d.pop("MaxBatchRequeue", UNSET)

        max_dbd_msgs = d.pop("MaxDBDMsgs", UNSET)

        max_job_count = d.pop("MaxJobCount", UNSET)

        max_job_id = d.pop("MaxJobId", UNSET)

        _max_mem_per_cpu = d.pop("MaxMemPerCPU", UNSET)
        max_mem_per_cpu: Union[Unset, Uint64NoValStruct]
        if isinstance(_max_mem_per_cpu, Unset):
            max_mem_per_cpu = UNSET
        else:
            max_mem_per_cpu = Uint64NoValStruct.from_dict(_max_mem_per_cpu)

        max_node_count = d.pop("MaxNodeCount", UNSET)

        max_step_count = d.pop("MaxStepCount", UNSET)

        max_tasks_per_node = d.pop("MaxTasksPerNode", UNSET)

        mcs_plugin = d.pop("MCSPlugin", UNSET)

        mcs_parameters = cast(list[str], d.pop("MCSParameters", UNSET))

        metrics_auth_users = cast(list[str], d.pop("MetricsAuthUsers", UNSET))

        metrics_parameters = cast(list[str], d.pop("MetricsParameters", UNSET))

        metrics_type = d.pop("MetricsType", UNSET)

        min_job_age = d.pop("MinJobAge", UNSET)

        mpi_default = d.pop("MpiDefault", UNSET)

        mpi_params = cast(list[str], d.pop("MpiParams", UNSET))

        message_timeout = d.pop("MessageTimeout", UNSET)

        namespace_type = d.pop("NamespaceType", UNSET)

        node_features_plugins = cast(list[str], d.pop("NodeFeaturesPlugins", UNSET))

        over_time_limit = d.pop("OverTimeLimit", UNSET)

        plugin_dir = d.pop("PluginDir", UNSET)

        plug_stack_config = d.pop("PlugStackConfig", UNSET)

        _preempt_exempt_time = d.pop("PreemptExemptTime", UNSET)
        preempt_exempt_time: Union[Unset, Uint32NoValStruct]
        if isinstance(_preempt_exempt_time, Unset):
            preempt_exempt_time = UNSET
        else:
            preempt_exempt_time = Uint32NoValStruct.from_dict(_preempt_exempt_time)

        preempt_mode = cast(list[str], d.pop("PreemptMode", UNSET))

        preempt_parameters = cast(list[str], d.pop("PreemptParameters", UNSET))

        preempt_type = d.pop("PreemptType", UNSET)

        pr_ep_parameters = d.pop("PrEpParameters", UNSET)

        pr_ep_plugins = cast(list[str], d.pop("PrEpPlugins", UNSET))

        priority_decay_half_life = d.pop("PriorityDecayHalfLife", UNSET)

        priority_calc_period = d.pop("PriorityCalcPeriod", UNSET)

        priority_favor_small = d.pop("PriorityFavorSmall", UNSET)

        priority_flags = cast(list[str], d.pop("PriorityFlags", UNSET))

        priority_max_age = d.pop("PriorityMaxAge", UNSET)

        priority_parameters = d.pop("PriorityParameters", UNSET)

        priority_usage_reset_period = d.pop("PriorityUsageResetPeriod", UNSET)

        priority_type = d.pop("PriorityType", UNSET)

        priority_weight_age = d.pop("PriorityWeightAge", UNSET)

        priority_weight_assoc = d.pop("PriorityWeightAssoc", UNSET)

        priority_weight_fairshare = d.pop("PriorityWeightFairshare", UNSET)

        priority_weight_job_size = d.pop("PriorityWeightJobSize", UNSET)

        priority_weight_partition = d.pop("PriorityWeightPartition", UNSET)

        priority_weight_qos = d.pop("PriorityWeightQOS", UNSET)

        priority_weight_tres = d.pop("PriorityWeightTRES", UNSET)

        private_data = cast(list[str], d.pop("PrivateData", UNSET))

        proctrack_type = d.pop("ProctrackType", UNSET)

        prolog = cast(list[str], d.pop("Prolog", UNSET))

        prolog_slurmctld = cast(list[str], d.pop("PrologSlurmctld", UNSET))

        _prolog_timeout = d.pop("PrologTimeout", UNSET)
        prolog_timeout: Union[Unset, Uint16NoValStruct]
        if isinstance(_prolog_timeout, Unset):
            prolog_timeout = UNSET
        else:
            prolog_timeout = Uint16NoValStruct.from_dict(_prolog_timeout)

        propagate_prio_process = d.pop("PropagatePrioProcess", UNSET)

        prolog_flags = cast(list[str], d.pop("PrologFlags", UNSET))

        propagate_resource_limits = cast(list[str], d.pop("PropagateResourceLimits", UNSET))

        propagate_resource_limits_except = cast(list[str], d.pop("PropagateResourceLimitsExcept", UNSET))

        reboot_program = d.pop("RebootProgram", UNSET)

        reconfig_flags = cast(list[str], d.pop("ReconfigFlags", UNSET))

        requeue_exit = cast(list[str], d.pop("RequeueExit", UNSET))

        requeue_exit_hold = cast(list[str], d.pop("RequeueExitHold", UNSET))

        resume_fail_program = d.pop("ResumeFailProgram", UNSET)

        resume_program = d.pop("ResumeProgram", UNSET)

        resume_rate = d.pop("ResumeRate", UNSET)

        resume_timeout = d.pop("ResumeTimeout", UNSET)

        resv_epilog = d.pop("ResvEpilog", UNSET)

        resv_over_run = d.pop("ResvOverRun", UNSET)

        resv_prolog = d.pop("ResvProlog", UNSET)

        return_to_service = d.pop("ReturnToService", UNSET)

        slurm_sched_log_file = d.pop("SlurmSchedLogFile", UNSET)

        slurm_sched_log_level = d.pop("SlurmSchedLogLevel", UNSET)

        scheduler_parameters = cast(list[str], d.pop("SchedulerParameters", UNSET))

        scheduler_time_slice = d.pop("SchedulerTimeSlice", UNSET)

        scheduler_type = d.pop("SchedulerType", UNSET)

        scron_parameters = cast(list[str], d.pop("ScronParameters", UNSET))

        select_type = d.pop("SelectType", UNSET)

        select_type_parameters = cast(list[str], d.pop("SelectTypeParameters", UNSET))

        priority_site_factor_plugin = d.pop("PrioritySiteFactorPlugin", UNSET)

        priority_site_factor_parameters = d.pop("PrioritySiteFactorParameters", UNSET)

        slurm_user_id = d.pop("SlurmUserId", UNSET)

        slurm_user = d.pop("SlurmUser", UNSET)

        slurmd_user_id = d.pop("SlurmdUserId", UNSET)

        slurmd_user = d.pop("SlurmdUser", UNSET)

        slurmctld_addr = d.pop("SlurmctldAddr", UNSET)

        slurmctld_debug = d.pop("SlurmctldDebug", UNSET)

        slurmctld_http_auth_params = cast(list[str], d.pop("SlurmctldHttpAuthParams", UNSET))

        slurmctld_log_file = d.pop("SlurmctldLogFile", UNSET)

        slurmctld_pid_file = d.pop("SlurmctldPidFile", UNSET)

        slurmctld_port = d.pop("SlurmctldPort", UNSET)

        slurmctld_port_count = d.pop("SlurmctldPortCount", UNSET)

        slurmctld_primary_off_prog = d.pop("SlurmctldPrimaryOffProg", UNSET)

        slurmctld_primary_on_prog = d.pop("SlurmctldPrimaryOnProg", UNSET)

        slurmctld_syslog_debug = d.pop("SlurmctldSyslogDebug", UNSET)

        slurmctld_timeout = d.pop("SlurmctldTimeout", UNSET)

        slurmctld_parameters = cast(list[str], d.pop("SlurmctldParameters", UNSET))

        slurmd_debug = d.pop("SlurmdDebug", UNSET)

        slurmd_http_auth_params = cast(list[str], d.pop("SlurmdHttpAuthParams", UNSET))

        slurmd_log_file = d.pop("SlurmdLogFile", UNSET)

        slurmd_parameters = cast(list[str], d.pop("SlurmdParameters", UNSET))

        slurmd_pid_file = d.pop("SlurmdPidFile", UNSET)

        slurmd_port = d.pop("SlurmdPort", UNSET)

        slurmd_spool_dir = d.pop("SlurmdSpoolDir", UNSET)

        slurmd_syslog_debug = d.pop("SlurmdSyslogDebug", UNSET)

        slurmd_timeout = d.pop("SlurmdTimeout", UNSET)

        srun_epilog = d.pop("SrunEpilog", UNSET)

        _srun_port_range = d.pop("SrunPortRange", UNSET)
        srun_port_range: Union[Unset, PortRange]
        if isinstance(_srun_port_range, Unset):
            srun_port_range = UNSET
        else:
            srun_port_range = PortRange.from_dict(_srun_port_range)

        srun_prolog = d.pop("SrunProlog", UNSET)

        state_save_location = d.pop("StateSaveLocation", UNSET)

        suspend_exc_nodes = cast(list[str], d.pop("SuspendExcNodes", UNSET))

        suspend_exc_parts = cast(list[str], d.pop("SuspendExcParts", UNSET))

        suspend_exc_states = cast(list[str], d.pop("SuspendExcStates", UNSET))

        suspend_program = d.pop("SuspendProgram", UNSET)

        suspend_rate = d.pop("SuspendRate", UNSET)

        _suspend_time = d.pop("SuspendTime", UNSET)
        suspend_time: Union[Unset, Uint32NoValStruct]
        if isinstance(_suspend_time, Unset):
            suspend_time = UNSET
        else:
            suspend_time = Uint32NoValStruct.from_dict(_suspend_time)

        suspend_timeout = d.pop("SuspendTimeout", UNSET)

        switch_type = d.pop("SwitchType", UNSET)

        switch_parameters = cast(list[str], d.pop("SwitchParameters", UNSET))

        task_epilog = d.pop("TaskEpilog", UNSET)

        task_plugin = cast(list[str], d.pop("TaskPlugin", UNSET))

        task_plugin_param = cast(list[str], d.pop("TaskPluginParam", UNSET))

        task_prolog = d.pop("TaskProlog", UNSET)

        tls_parameters = cast(list[str], d.pop("TLSParameters", UNSET))

        tls_type = d.pop("TLSType", UNSET)

        tcp_timeout = d.pop("TCPTimeout", UNSET)

        tmp_fs = d.pop("TmpFS", UNSET)

        topology_param = cast(list[str], d.pop("TopologyParam", UNSET))

        topology_plugin = d.pop("TopologyPlugin", UNSET)

        tree_width = d.pop("TreeWidth", UNSET)

        unkillable_step_program = d.pop("UnkillableStepProgram", UNSET)

        unkillable_step_timeout = d.pop("UnkillableStepTimeout", UNSET)

        url_parser_type = d.pop("UrlParserType", UNSET)

        v_size_factor = d.pop("VSizeFactor", UNSET)

        wait_time = d.pop("WaitTime", UNSET)

        x11_parameters = cast(list[str], d.pop("X11Parameters", UNSET))

        _model = cls(
            accounting_storage_tres=accounting_storage_tres,
            accounting_storage_backup_host=accounting_storage_backup_host,
            accounting_storage_enforce=accounting_storage_enforce,
            accounting_storage_external_host=accounting_storage_external_host,
            accounting_storage_host=accounting_storage_host,
            accounting_storage_parameters=accounting_storage_parameters,
            accounting_storage_port=accounting_storage_port,
            accounting_storage_type=accounting_storage_type,
            acct_gather_energy_type=acct_gather_energy_type,
            acct_gather_profile_type=acct_gather_profile_type,
            acct_gather_interconnect_type=acct_gather_interconnect_type,
            acct_gather_filesystem_type=acct_gather_filesystem_type,
            acct_gather_node_freq=acct_gather_node_freq,
            conf_flags=conf_flags,
            auth_alt_types=auth_alt_types,
            auth_info=auth_info,
            auth_alt_parameters=auth_alt_parameters,
            auth_type=auth_type,
            batch_start_timeout=batch_start_timeout,
            burst_buffer_type=burst_buffer_type,
            bcast_exclude=bcast_exclude,
            bcast_parameters=bcast_parameters,
            certgen_parameters=certgen_parameters,
            certgen_type=certgen_type,
            certmgr_parameters=certmgr_parameters,
            certmgr_type=certmgr_type,
            cli_filter_parameters=cli_filter_parameters,
            cli_filter_plugins=cli_filter_plugins,
            cluster_name=cluster_name,
            communication_parameters=communication_parameters,
            complete_wait=complete_wait,
            communication_parameters_flags=communication_parameters_flags,
            accounting_store_flags=accounting_store_flags,
            slurmd_parameters_flags=slurmd_parameters_flags,
            controllers=controllers,
            cpu_freq_def=cpu_freq_def,
            cpu_freq_governors=cpu_freq_governors,
            cred_type=cred_type,
            data_parser_parameters=data_parser_parameters,
            debug_flags=debug_flags,
            def_mem_per_cpu=def_mem_per_cpu,
            dependency_parameters=dependency_parameters,
            eio_timeout=eio_timeout,
            enforce_part_limits=enforce_part_limits,
            epilog=epilog,
            epilog_msg_time=epilog_msg_time,
            epilog_slurmctld=epilog_slurmctld,
            epilog_timeout=epilog_timeout,
            federation_parameters=federation_parameters,
            first_job_id=first_job_id,
            fair_share_dampening_factor=fair_share_dampening_factor,
            get_name_info_cache_timeout=get_name_info_cache_timeout,
            gres_types=gres_types,
            group_update_time=group_update_time,
            group_update_force=group_update_force,
            gpu_freq_def=gpu_freq_def,
            hash_plugin=hash_plugin,
            health_check_interval=health_check_interval,
            health_check_node_state=health_check_node_state,
            health_check_program=health_check_program,
            health_check_timeout=health_check_timeout,
            http_parser_type=http_parser_type,
            host_unreach_retry_count=host_unreach_retry_count,
            inactive_limit=inactive_limit,
            interactive_step_options=interactive_step_options,
            job_acct_gather_frequency=job_acct_gather_frequency,
            job_acct_gather_type=job_acct_gather_type,
            job_acct_gather_params=job_acct_gather_params,
            job_acct_oom_kill=job_acct_oom_kill,
            job_comp_host=job_comp_host,
            job_comp_loc=job_comp_loc,
            job_comp_params=job_comp_params,
            job_comp_port=job_comp_port,
            job_comp_type=job_comp_type,
            job_comp_user=job_comp_user,
            job_defaults=job_defaults,
            job_file_append=job_file_append,
            job_requeue=job_requeue,
            job_submit_plugins=job_submit_plugins,
            keepalive_interval=keepalive_interval,
            keepalive_probes=keepalive_probes,
            keepalive_time=keepalive_time,
            kill_on_bad_exit=kill_on_bad_exit,
            kill_wait=kill_wait,
            launch_parameters=launch_parameters,
            licenses=licenses,
            license_parameters=license_parameters,
            log_time_format=log_time_format,
            mail_domain=mail_domain,
            mail_prog=mail_prog,
            max_array_size=max_array_size,
            max_batch_requeue=max_batch_requeue,
            max_dbd_msgs=max_dbd_msgs,
            max_job_count=max_job_count,
            max_job_id=max_job_id,
            max_mem_per_cpu=max_mem_per_cpu,
            max_node_count=max_node_count,
            max_step_count=max_step_count,
            max_tasks_per_node=max_tasks_per_node,
            mcs_plugin=mcs_plugin,
            mcs_parameters=mcs_parameters,
            metrics_auth_users=metrics_auth_users,
            metrics_parameters=metrics_parameters,
            metrics_type=metrics_type,
            min_job_age=min_job_age,
            mpi_default=mpi_default,
            mpi_params=mpi_params,
            message_timeout=message_timeout,
            namespace_type=namespace_type,
            node_features_plugins=node_features_plugins,
            over_time_limit=over_time_limit,
            plugin_dir=plugin_dir,
            plug_stack_config=plug_stack_config,
            preempt_exempt_time=preempt_exempt_time,
            preempt_mode=preempt_mode,
            preempt_parameters=preempt_parameters,
            preempt_type=preempt_type,
            pr_ep_parameters=pr_ep_parameters,
            pr_ep_plugins=pr_ep_plugins,
            priority_decay_half_life=priority_decay_half_life,
            priority_calc_period=priority_calc_period,
            priority_favor_small=priority_favor_small,
            priority_flags=priority_flags,
            priority_max_age=priority_max_age,
            priority_parameters=priority_parameters,
            priority_usage_reset_period=priority_usage_reset_period,
            priority_type=priority_type,
            priority_weight_age=priority_weight_age,
            priority_weight_assoc=priority_weight_assoc,
            priority_weight_fairshare=priority_weight_fairshare,
            priority_weight_job_size=priority_weight_job_size,
            priority_weight_partition=priority_weight_partition,
            priority_weight_qos=priority_weight_qos,
            priority_weight_tres=priority_weight_tres,
            private_data=private_data,
            proctrack_type=proctrack_type,
            prolog=prolog,
            prolog_slurmctld=prolog_slurmctld,
            prolog_timeout=prolog_timeout,
            propagate_prio_process=propagate_prio_process,
            prolog_flags=prolog_flags,
            propagate_resource_limits=propagate_resource_limits,
            propagate_resource_limits_except=propagate_resource_limits_except,
            reboot_program=reboot_program,
            reconfig_flags=reconfig_flags,
            requeue_exit=requeue_exit,
            requeue_exit_hold=requeue_exit_hold,
            resume_fail_program=resume_fail_program,
            resume_program=resume_program,
            resume_rate=resume_rate,
            resume_timeout=resume_timeout,
            resv_epilog=resv_epilog,
            resv_over_run=resv_over_run,
            resv_prolog=resv_prolog,
            return_to_service=return_to_service,
            slurm_sched_log_file=slurm_sched_log_file,
            slurm_sched_log_level=slurm_sched_log_level,
            scheduler_parameters=scheduler_parameters,
            scheduler_time_slice=scheduler_time_slice,
            scheduler_type=scheduler_type,
            scron_parameters=scron_parameters,
            select_type=select_type,
            select_type_parameters=select_type_parameters,
            priority_site_factor_plugin=priority_site_factor_plugin,
            priority_site_factor_parameters=priority_site_factor_parameters,
            slurm_user_id=slurm_user_id,
            slurm_user=slurm_user,
            slurmd_user_id=slurmd_user_id,
            slurmd_user=slurmd_user,
            slurmctld_addr=slurmctld_addr,
            slurmctld_debug=slurmctld_debug,
            slurmctld_http_auth_params=slurmctld_http_auth_params,
            slurmctld_log_file=slurmctld_log_file,
            slurmctld_pid_file=slurmctld_pid_file,
            slurmctld_port=slurmctld_port,
            slurmctld_port_count=slurmctld_port_count,
            slurmctld_primary_off_prog=slurmctld_primary_off_prog,
            slurmctld_primary_on_prog=slurmctld_primary_on_prog,
            slurmctld_syslog_debug=slurmctld_syslog_debug,
            slurmctld_timeout=slurmctld_timeout,
            slurmctld_parameters=slurmctld_parameters,
            slurmd_debug=slurmd_debug,
            slurmd_http_auth_params=slurmd_http_auth_params,
            slurmd_log_file=slurmd_log_file,
            slurmd_parameters=slurmd_parameters,
            slurmd_pid_file=slurmd_pid_file,
            slurmd_port=slurmd_port,
            slurmd_spool_dir=slurmd_spool_dir,
            slurmd_syslog_debug=slurmd_syslog_debug,
            slurmd_timeout=slurmd_timeout,
            srun_epilog=srun_epilog,
            srun_port_range=srun_port_range,
            srun_prolog=srun_prolog,
            state_save_location=state_save_location,
            suspend_exc_nodes=suspend_exc_nodes,
            suspend_exc_parts=suspend_exc_parts,
            suspend_exc_states=suspend_exc_states,
            suspend_program=suspend_program,
            suspend_rate=suspend_rate,
            suspend_time=suspend_time,
            suspend_timeout=suspend_timeout,
            switch_type=switch_type,
            switch_parameters=switch_parameters,
            task_epilog=task_epilog,
            task_plugin=task_plugin,
            task_plugin_param=task_plugin_param,
            task_prolog=task_prolog,
            tls_parameters=tls_parameters,
            tls_type=tls_type,
            tcp_timeout=tcp_timeout,
            tmp_fs=tmp_fs,
            topology_param=topology_param,
            topology_plugin=topology_plugin,
            tree_width=tree_width,
            unkillable_step_program=unkillable_step_program,
            unkillable_step_timeout=unkillable_step_timeout,
            url_parser_type=url_parser_type,
            v_size_factor=v_size_factor,
            wait_time=wait_time,
            x11_parameters=x11_parameters,
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
