"""Contains all the data models used in inputs/outputs

Lazy (PEP 562): `from .models import X` or `models.X` imports only X's own module, on first use.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .db_account import DbAccount
    from .db_account_info import DbAccountInfo
    from .db_account_response import DbAccountResponse
    from .db_accounting import DbAccounting
    from .db_association import DbAssociation
    from .db_association_default import DbAssociationDefault
    from .db_association_max import DbAssociationMax
    from .db_association_max_jobs import DbAssociationMaxJobs
    from .db_association_max_jobs_per import DbAssociationMaxJobsPer
    from .db_association_max_per import DbAssociationMaxPer
    from .db_association_max_per_account import DbAssociationMaxPerAccount
    from .db_association_max_tres import DbAssociationMaxTres
    from .db_association_max_tres_minutes import DbAssociationMaxTresMinutes
    from .db_association_max_tres_minutes_per import DbAssociationMaxTresMinutesPer
    from .db_association_max_tres_per import DbAssociationMaxTresPer
    from .db_association_min import DbAssociationMin
    from .db_association_short_info import DbAssociationShortInfo
    from .db_association_usage import DbAssociationUsage
    from .db_associations_info import DbAssociationsInfo
    from .db_cluster_info import DbClusterInfo
    from .db_cluster_info_associations import DbClusterInfoAssociations
    from .db_cluster_info_controller import DbClusterInfoController
    from .db_clusters_properties import DbClustersProperties
    from .db_config_info import DbConfigInfo
    from .db_config_response import DbConfigResponse
    from .db_coordinator_info import DbCoordinatorInfo
    from .db_diag import DbDiag
    from .db_diag_statistics import DbDiagStatistics
    from .db_diag_statistics_rollups_item import DbDiagStatisticsRollupsItem
    from .db_diag_statistics_rp_cs_item import DbDiagStatisticsRPCsItem
    from .db_diag_statistics_rp_cs_item_time import DbDiagStatisticsRPCsItemTime
    from .db_diag_statistics_users_item import DbDiagStatisticsUsersItem
    from .db_diag_statistics_users_item_time import DbDiagStatisticsUsersItemTime
    from .db_error import DbError
    from .db_job import DbJob
    from .db_job_array import DbJobArray
    from .db_job_array_limits import DbJobArrayLimits
    from .db_job_array_limits_max import DbJobArrayLimitsMax
    from .db_job_array_limits_max_running import DbJobArrayLimitsMaxRunning
    from .db_job_comment import DbJobComment
    from .db_job_exit_code import DbJobExitCode
    from .db_job_exit_code_signal import DbJobExitCodeSignal
    from .db_job_het import DbJobHet
    from .db_job_info import DbJobInfo
    from .db_job_mcs import DbJobMcs
    from .db_job_required import DbJobRequired
    from .db_job_reservation import DbJobReservation
    from .db_job_state import DbJobState
    from .db_job_step import DbJobStep
    from .db_job_step_cpu import DbJobStepCPU
    from .db_job_step_cpu_requested_frequency import DbJobStepCPURequestedFrequency
    from .db_job_step_nodes import DbJobStepNodes
    from .db_job_step_statistics import DbJobStepStatistics
    from .db_job_step_statistics_cpu import DbJobStepStatisticsCPU
    from .db_job_step_statistics_energy import DbJobStepStatisticsEnergy
    from .db_job_step_step import DbJobStepStep
    from .db_job_step_step_het import DbJobStepStepHet
    from .db_job_step_tasks import DbJobStepTasks
    from .db_job_step_time import DbJobStepTime
    from .db_job_step_time_system import DbJobStepTimeSystem
    from .db_job_step_time_total import DbJobStepTimeTotal
    from .db_job_step_time_user import DbJobStepTimeUser
    from .db_job_step_tres import DbJobStepTres
    from .db_job_step_tres_consumed import DbJobStepTresConsumed
    from .db_job_step_tres_requested import DbJobStepTresRequested
    from .db_job_time import DbJobTime
    from .db_job_time_system import DbJobTimeSystem
    from .db_job_time_total import DbJobTimeTotal
    from .db_job_time_user import DbJobTimeUser
    from .db_job_tres import DbJobTres
    from .db_job_wckey import DbJobWckey
    from .db_meta import DbMeta
    from .db_meta_plugin import DbMetaPlugin
    from .db_meta_slurm import DbMetaSlurm
    from .db_meta_slurm_version import DbMetaSlurmVersion
    from .db_qos import DbQos
    from .db_qos_info import DbQosInfo
    from .db_qos_limits import DbQosLimits
    from .db_qos_limits_max import DbQosLimitsMax
    from .db_qos_limits_max_accruing import DbQosLimitsMaxAccruing
    from .db_qos_limits_max_accruing_per import DbQosLimitsMaxAccruingPer
    from .db_qos_limits_max_jobs import DbQosLimitsMaxJobs
    from .db_qos_limits_max_jobs_active_jobs import DbQosLimitsMaxJobsActiveJobs
    from .db_qos_limits_max_jobs_active_jobs_per import DbQosLimitsMaxJobsActiveJobsPer
    from .db_qos_limits_max_tres import DbQosLimitsMaxTres
    from .db_qos_limits_max_tres_minutes import DbQosLimitsMaxTresMinutes
    from .db_qos_limits_max_tres_minutes_per import DbQosLimitsMaxTresMinutesPer
    from .db_qos_limits_max_tres_per import DbQosLimitsMaxTresPer
    from .db_qos_limits_max_wall_clock import DbQosLimitsMaxWallClock
    from .db_qos_limits_max_wall_clock_per import DbQosLimitsMaxWallClockPer
    from .db_qos_limits_min import DbQosLimitsMin
    from .db_qos_limits_min_tres import DbQosLimitsMinTres
    from .db_qos_limits_min_tres_per import DbQosLimitsMinTresPer
    from .db_qos_preempt import DbQosPreempt
    from .db_response_account_delete import DbResponseAccountDelete
    from .db_response_associations import DbResponseAssociations
    from .db_response_associations_delete import DbResponseAssociationsDelete
    from .db_response_cluster_add import DbResponseClusterAdd
    from .db_response_cluster_delete import DbResponseClusterDelete
    from .db_response_qos import DbResponseQos
    from .db_response_qos_delete import DbResponseQosDelete
    from .db_response_tres import DbResponseTres
    from .db_response_user_delete import DbResponseUserDelete
    from .db_response_user_update import DbResponseUserUpdate
    from .db_response_wckey_add import DbResponseWckeyAdd
    from .db_response_wckey_delete import DbResponseWckeyDelete
    from .db_set_config import DbSetConfig
    from .db_tres_info import DbTresInfo
    from .db_tres_list_item import DbTresListItem
    from .db_tres_update import DbTresUpdate
    from .db_update_account import DbUpdateAccount
    from .db_update_qos import DbUpdateQos
    from .db_update_users import DbUpdateUsers
    from .db_user import DbUser
    from .db_user_default import DbUserDefault
    from .db_user_info import DbUserInfo
    from .db_wckey import DbWckey
    from .db_wckey_info import DbWckeyInfo
    from .diag import Diag
    from .diag_rpcm import DiagRpcm
    from .diag_rpcu import DiagRpcu
    from .diag_statistics import DiagStatistics
    from .error import Error
    from .job_properties import JobProperties
    from .job_properties_environment import JobPropertiesEnvironment
    from .job_resources import JobResources
    from .job_response_properties import JobResponseProperties
    from .job_submission import JobSubmission
    from .job_submission_response import JobSubmissionResponse
    from .jobs_response import JobsResponse
    from .license_ import License
    from .licenses import Licenses
    from .meta import Meta
    from .meta_plugin import MetaPlugin
    from .meta_slurm import MetaSlurm
    from .meta_slurm_version import MetaSlurmVersion
    from .node import Node
    from .node_allocation import NodeAllocation
    from .node_allocation_sockets import NodeAllocationSockets
    from .node_allocation_sockets_cores import NodeAllocationSocketsCores
    from .nodes_response import NodesResponse
    from .openapi_resp import OpenapiResp
    from .partition import Partition
    from .partitions_response import PartitionsResponse
    from .ping import Ping
    from .pings import Pings
    from .reservation import Reservation
    from .reservation_purge_completed import ReservationPurgeCompleted
    from .reservations_response import ReservationsResponse

_LAZY_IMPORTS: dict[str, str] = {
    "DbAccount": ".db_account",
    "DbAccountInfo": ".db_account_info",
    "DbAccountResponse": ".db_account_response",
    "DbAccounting": ".db_accounting",
    "DbAssociation": ".db_association",
    "DbAssociationDefault": ".db_association_default",
    "DbAssociationMax": ".db_association_max",
    "DbAssociationMaxJobs": ".db_association_max_jobs",
    "DbAssociationMaxJobsPer": ".db_association_max_jobs_per",
    "DbAssociationMaxPer": ".db_association_max_per",
    "DbAssociationMaxPerAccount": ".db_association_max_per_account",
    "DbAssociationMaxTres": ".db_association_max_tres",
    "DbAssociationMaxTresMinutes": ".db_association_max_tres_minutes",
    "DbAssociationMaxTresMinutesPer": ".db_association_max_tres_minutes_per",
    "DbAssociationMaxTresPer": ".db_association_max_tres_per",
    "DbAssociationMin": ".db_association_min",
    "DbAssociationShortInfo": ".db_association_short_info",
    "DbAssociationUsage": ".db_association_usage",
    "DbAssociationsInfo": ".db_associations_info",
    "DbClusterInfo": ".db_cluster_info",
    "DbClusterInfoAssociations": ".db_cluster_info_associations",
    "DbClusterInfoController": ".db_cluster_info_controller",
    "DbClustersProperties": ".db_clusters_properties",
    "DbConfigInfo": ".db_config_info",
    "DbConfigResponse": ".db_config_response",
    "DbCoordinatorInfo": ".db_coordinator_info",
    "DbDiag": ".db_diag",
    "DbDiagStatistics": ".db_diag_statistics",
    "DbDiagStatisticsRollupsItem": ".db_diag_statistics_rollups_item",
    "DbDiagStatisticsRPCsItem": ".db_diag_statistics_rp_cs_item",
    "DbDiagStatisticsRPCsItemTime": ".db_diag_statistics_rp_cs_item_time",
    "DbDiagStatisticsUsersItem": ".db_diag_statistics_users_item",
    "DbDiagStatisticsUsersItemTime": ".db_diag_statistics_users_item_time",
    "DbError": ".db_error",
    "DbJob": ".db_job",
    "DbJobArray": ".db_job_array",
    "DbJobArrayLimits": ".db_job_array_limits",
    "DbJobArrayLimitsMax": ".db_job_array_limits_max",
    "DbJobArrayLimitsMaxRunning": ".db_job_array_limits_max_running",
    "DbJobComment": ".db_job_comment",
    "DbJobExitCode": ".db_job_exit_code",
    "DbJobExitCodeSignal": ".db_job_exit_code_signal",
    "DbJobHet": ".db_job_het",
    "DbJobInfo": ".db_job_info",
    "DbJobMcs": ".db_job_mcs",
    "DbJobRequired": ".db_job_required",
    "DbJobReservation": ".db_job_reservation",
    "DbJobState": ".db_job_state",
    "DbJobStep": ".db_job_step",
    "DbJobStepCPU": ".db_job_step_cpu",
    "DbJobStepCPURequestedFrequency": ".db_job_step_cpu_requested_frequency",
    "DbJobStepNodes": ".db_job_step_nodes",
    "DbJobStepStatistics": ".db_job_step_statistics",
    "DbJobStepStatisticsCPU": ".db_job_step_statistics_cpu",
    "DbJobStepStatisticsEnergy": ".db_job_step_statistics_energy",
    "DbJobStepStep": ".db_job_step_step",
    "DbJobStepStepHet": ".db_job_step_step_het",
    "DbJobStepTasks": ".db_job_step_tasks",
    "DbJobStepTime": ".db_job_step_time",
    "DbJobStepTimeSystem": ".db_job_step_time_system",
    "DbJobStepTimeTotal": ".db_job_step_time_total",
    "DbJobStepTimeUser": ".db_job_step_time_user",
    "DbJobStepTres": ".db_job_step_tres",
    "DbJobStepTresConsumed": ".db_job_step_tres_consumed",
    "DbJobStepTresRequested": ".db_job_step_tres_requested",
    "DbJobTime": ".db_job_time",
    "DbJobTimeSystem": ".db_job_time_system",
    "DbJobTimeTotal": ".db_job_time_total",
    "DbJobTimeUser": ".db_job_time_user",
    "DbJobTres": ".db_job_tres",
    "DbJobWckey": ".db_job_wckey",
    "DbMeta": ".db_meta",
    "DbMetaPlugin": ".db_meta_plugin",
    "DbMetaSlurm": ".db_meta_slurm",
    "DbMetaSlurmVersion": ".db_meta_slurm_version",
    "DbQos": ".db_qos",
    "DbQosInfo": ".db_qos_info",
    "DbQosLimits": ".db_qos_limits",
    "DbQosLimitsMax": ".db_qos_limits_max",
    "DbQosLimitsMaxAccruing": ".db_qos_limits_max_accruing",
    "DbQosLimitsMaxAccruingPer": ".db_qos_limits_max_accruing_per",
    "DbQosLimitsMaxJobs": ".db_qos_limits_max_jobs",
    "DbQosLimitsMaxJobsActiveJobs": ".db_qos_limits_max_jobs_active_jobs",
    "DbQosLimitsMaxJobsActiveJobsPer": ".db_qos_limits_max_jobs_active_jobs_per",
    "DbQosLimitsMaxTres": ".db_qos_limits_max_tres",
    "DbQosLimitsMaxTresMinutes": ".db_qos_limits_max_tres_minutes",
    "DbQosLimitsMaxTresMinutesPer": ".db_qos_limits_max_tres_minutes_per",
    "DbQosLimitsMaxTresPer": ".db_qos_limits_max_tres_per",
    "DbQosLimitsMaxWallClock": ".db_qos_limits_max_wall_clock",
    "DbQosLimitsMaxWallClockPer": ".db_qos_limits_max_wall_clock_per",
    "DbQosLimitsMin": ".db_qos_limits_min",
    "DbQosLimitsMinTres": ".db_qos_limits_min_tres",
    "DbQosLimitsMinTresPer": ".db_qos_limits_min_tres_per",
    "DbQosPreempt": ".db_qos_preempt",
    "DbResponseAccountDelete": ".db_response_account_delete",
    "DbResponseAssociations": ".db_response_associations",
    "DbResponseAssociationsDelete": ".db_response_associations_delete",
    "DbResponseClusterAdd": ".db_response_cluster_add",
    "DbResponseClusterDelete": ".db_response_cluster_delete",
    "DbResponseQos": ".db_response_qos",
    "DbResponseQosDelete": ".db_response_qos_delete",
    "DbResponseTres": ".db_response_tres",
    "DbResponseUserDelete": ".db_response_user_delete",
    "DbResponseUserUpdate": ".db_response_user_update",
    "DbResponseWckeyAdd": ".db_response_wckey_add",
    "DbResponseWckeyDelete": ".db_response_wckey_delete",
    "DbSetConfig": ".db_set_config",
    "DbTresInfo": ".db_tres_info",
    "DbTresListItem": ".db_tres_list_item",
    "DbTresUpdate": ".db_tres_update",
    "DbUpdateAccount": ".db_update_account",
    "DbUpdateQos": ".db_update_qos",
    "DbUpdateUsers": ".db_update_users",
    "DbUser": ".db_user",
    "DbUserDefault": ".db_user_default",
    "DbUserInfo": ".db_user_info",
    "DbWckey": ".db_wckey",
    "DbWckeyInfo": ".db_wckey_info",
    "Diag": ".diag",
    "DiagRpcm": ".diag_rpcm",
    "DiagRpcu": ".diag_rpcu",
    "DiagStatistics": ".diag_statistics",
    "Error": ".error",
    "JobProperties": ".job_properties",
    "JobPropertiesEnvironment": ".job_properties_environment",
    "JobResources": ".job_resources",
    "JobResponseProperties": ".job_response_properties",
    "JobSubmission": ".job_submission",
    "JobSubmissionResponse": ".job_submission_response",
    "JobsResponse": ".jobs_response",
    "License": ".license_",
    "Licenses": ".licenses",
    "Meta": ".meta",
    "MetaPlugin": ".meta_plugin",
    "MetaSlurm": ".meta_slurm",
    "MetaSlurmVersion": ".meta_slurm_version",
    "Node": ".node",
    "NodeAllocation": ".node_allocation",
    "NodeAllocationSockets": ".node_allocation_sockets",
    "NodeAllocationSocketsCores": ".node_allocation_sockets_cores",
    "NodesResponse": ".nodes_response",
    "OpenapiResp": ".openapi_resp",
    "Partition": ".partition",
    "PartitionsResponse": ".partitions_response",
    "Ping": ".ping",
    "Pings": ".pings",
    "Reservation": ".reservation",
    "ReservationPurgeCompleted": ".reservation_purge_completed",
    "ReservationsResponse": ".reservations_response",
}

__all__ = (
    "DbAccount",
    "DbAccountInfo",
    "DbAccounting",
    "DbAccountResponse",
    "DbAssociation",
    "DbAssociationDefault",
    "DbAssociationMax",
    "DbAssociationMaxJobs",
    "DbAssociationMaxJobsPer",
    "DbAssociationMaxPer",
    "DbAssociationMaxPerAccount",
    "DbAssociationMaxTres",
    "DbAssociationMaxTresMinutes",
    "DbAssociationMaxTresMinutesPer",
    "DbAssociationMaxTresPer",
    "DbAssociationMin",
    "DbAssociationShortInfo",
    "DbAssociationsInfo",
    "DbAssociationUsage",
    "DbClusterInfo",
    "DbClusterInfoAssociations",
    "DbClusterInfoController",
    "DbClustersProperties",
    "DbConfigInfo",
    "DbConfigResponse",
    "DbCoordinatorInfo",
    "DbDiag",
    "DbDiagStatistics",
    "DbDiagStatisticsRollupsItem",
    "DbDiagStatisticsRPCsItem",
    "DbDiagStatisticsRPCsItemTime",
    "DbDiagStatisticsUsersItem",
    "DbDiagStatisticsUsersItemTime",
    "DbError",
    "DbJob",
    "DbJobArray",
    "DbJobArrayLimits",
    "DbJobArrayLimitsMax",
    "DbJobArrayLimitsMaxRunning",
    "DbJobComment",
    "DbJobExitCode",
    "DbJobExitCodeSignal",
    "DbJobHet",
    "DbJobInfo",
    "DbJobMcs",
    "DbJobRequired",
    "DbJobReservation",
    "DbJobState",
    "DbJobStep",
    "DbJobStepCPU",
    "DbJobStepCPURequestedFrequency",
    "DbJobStepNodes",
    "DbJobStepStatistics",
    "DbJobStepStatisticsCPU",
    "DbJobStepStatisticsEnergy",
    "DbJobStepStep",
    "DbJobStepStepHet",
    "DbJobStepTasks",
    "DbJobStepTime",
    "DbJobStepTimeSystem",
    "DbJobStepTimeTotal",
    "DbJobStepTimeUser",
    "DbJobStepTres",
    "DbJobStepTresConsumed",
    "DbJobStepTresRequested",
    "DbJobTime",
    "DbJobTimeSystem",
    "DbJobTimeTotal",
    "DbJobTimeUser",
    "DbJobTres",
    "DbJobWckey",
    "DbMeta",
    "DbMetaPlugin",
    "DbMetaSlurm",
    "DbMetaSlurmVersion",
    "DbQos",
    "DbQosInfo",
    "DbQosLimits",
    "DbQosLimitsMax",
    "DbQosLimitsMaxAccruing",
    "DbQosLimitsMaxAccruingPer",
    "DbQosLimitsMaxJobs",
    "DbQosLimitsMaxJobsActiveJobs",
    "DbQosLimitsMaxJobsActiveJobsPer",
    "DbQosLimitsMaxTres",
    "DbQosLimitsMaxTresMinutes",
    "DbQosLimitsMaxTresMinutesPer",
    "DbQosLimitsMaxTresPer",
    "DbQosLimitsMaxWallClock",
    "DbQosLimitsMaxWallClockPer",
    "DbQosLimitsMin",
    "DbQosLimitsMinTres",
    "DbQosLimitsMinTresPer",
    "DbQosPreempt",
    "DbResponseAccountDelete",
    "DbResponseAssociations",
    "DbResponseAssociationsDelete",
    "DbResponseClusterAdd",
    "DbResponseClusterDelete",
    "DbResponseQos",
    "DbResponseQosDelete",
    "DbResponseTres",
    "DbResponseUserDelete",
    "DbResponseUserUpdate",
    "DbResponseWckeyAdd",
    "DbResponseWckeyDelete",
    "DbSetConfig",
    "DbTresInfo",
    "DbTresListItem",
    "DbTresUpdate",
    "DbUpdateAccount",
    "DbUpdateQos",
    "DbUpdateUsers",
    "DbUser",
    "DbUserDefault",
    "DbUserInfo",
    "DbWckey",
    "DbWckeyInfo",
    "Diag",
    "DiagRpcm",
    "DiagRpcu",
    "DiagStatistics",
    "Error",
    "JobProperties",
    "JobPropertiesEnvironment",
    "JobResources",
    "JobResponseProperties",
    "JobsResponse",
    "JobSubmission",
    "JobSubmissionResponse",
    "License",
    "Licenses",
    "Meta",
    "MetaPlugin",
    "MetaSlurm",
    "MetaSlurmVersion",
    "Node",
    "NodeAllocation",
    "NodeAllocationSockets",
    "NodeAllocationSocketsCores",
    "NodesResponse",
    "OpenapiResp",
    "Partition",
    "PartitionsResponse",
    "Ping",
    "Pings",
    "Reservation",
    "ReservationPurgeCompleted",
    "ReservationsResponse",
)


def __getattr__(name: str) -> Any:
    try:
        module_name = _LAZY_IMPORTS[name]
    except KeyError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    value = getattr(importlib.import_module(module_name, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY_IMPORTS))
